/// A forgiving scanner for HTML and XML: turns markup into a flat list of tags and text runs.
/// It never fails; broken markup yields text or partial tags, which the parsers judge.
public struct MarkupScanner {
  /// One piece of a markup document.
  public enum Event: Equatable, Sendable {
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    /// Character data with entities still encoded.
    case text(String)
    /// The contents of a CDATA section, taken literally.
    case cdata(String)
  }

  /// Elements whose content is raw text up to their closing tag (HTML only).
  static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

  let scalars: [Unicode.Scalar]
  let lowercaseNames: Bool

  /// - Parameter lowercaseNames: true for HTML (case-insensitive names), false for XML.
  public init(_ text: String, lowercaseNames: Bool) {
    scalars = Array(text.unicodeScalars)
    self.lowercaseNames = lowercaseNames
  }

  public func events() -> [Event] {
    var events: [Event] = []
    var index = 0
    var textStart = 0

    func flushText(upTo end: Int) {
      if textStart < end { events.append(.text(string(textStart..<end))) }
    }

    while index < scalars.count {
      guard scalars[index] == "<" else {
        index += 1
        continue
      }
      if hasPrefix("<!--", at: index) {
        flushText(upTo: index)
        index = find("-->", from: index + 4).map { $0 + 3 } ?? scalars.count
        textStart = index
      } else if hasPrefix("<![CDATA[", at: index) {
        flushText(upTo: index)
        let end = find("]]>", from: index + 9) ?? scalars.count
        events.append(.cdata(string(index + 9..<end)))
        index = min(end + 3, scalars.count)
        textStart = index
      } else if index + 1 < scalars.count, scalars[index + 1] == "!" || scalars[index + 1] == "?" {
        flushText(upTo: index)
        index = (firstIndex(of: ">", from: index) ?? scalars.count - 1) + 1
        textStart = index
      } else if let tag = scanTag(at: index) {
        flushText(upTo: index)
        events.append(tag.event)
        index = tag.end
        textStart = index
        if case .start(let name, _, false) = tag.event, lowercaseNames,
          Self.rawTextElements.contains(name)
        {
          let close = findClosingTag(name, from: index) ?? scalars.count
          if close > index { events.append(.text(string(index..<close))) }
          index = close
          textStart = index
        }
      } else {
        index += 1
      }
    }
    flushText(upTo: scalars.count)
    return events
  }

  /// A start or end tag at `start` (which holds "<"), or nil when it is not a tag.
  func scanTag(at start: Int) -> (event: Event, end: Int)? {
    var index = start + 1
    let closing = index < scalars.count && scalars[index] == "/"
    if closing { index += 1 }
    let nameStart = index
    while index < scalars.count, isNameScalar(scalars[index]) { index += 1 }
    guard index > nameStart, scalars[nameStart].properties.isAlphabetic else { return nil }
    let name = normalizedName(string(nameStart..<index))
    var attributes: [String: String] = [:]
    var selfClosing = false
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == ">" {
        let event: Event =
          closing
          ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: selfClosing)
        return (event, index + 1)
      }
      if scalar == "<" { return nil }
      if scalar == "/" {
        selfClosing = true
        index += 1
        continue
      }
      if isNameScalar(scalar) {
        let attributeStart = index
        while index < scalars.count, isNameScalar(scalars[index]) { index += 1 }
        let key = normalizedName(string(attributeStart..<index))
        var value = ""
        var look = index
        while look < scalars.count, scalars[look].properties.isWhitespace { look += 1 }
        if look < scalars.count, scalars[look] == "=" {
          look += 1
          while look < scalars.count, scalars[look].properties.isWhitespace { look += 1 }
          if look < scalars.count, scalars[look] == "\"" || scalars[look] == "'" {
            let quote = scalars[look]
            let valueEnd = firstIndex(of: quote, from: look + 1) ?? scalars.count
            value = string(look + 1..<valueEnd)
            look = min(valueEnd + 1, scalars.count)
          } else {
            let valueStart = look
            while look < scalars.count, !scalars[look].properties.isWhitespace, scalars[look] != ">"
            { look += 1 }
            value = string(valueStart..<look)
          }
          index = look
        }
        attributes[key] = MarkupEntities.decode(value)
        selfClosing = false
        continue
      }
      index += 1
    }
    return nil
  }

  func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == ":"
      || scalar == "-" || scalar == "_" || scalar == "."
  }

  func normalizedName(_ name: String) -> String {
    lowercaseNames ? name.lowercased() : name
  }

  func string(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  func hasPrefix(_ prefix: String, at index: Int) -> Bool {
    var position = index
    for scalar in prefix.unicodeScalars {
      guard position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  func find(_ needle: String, from start: Int) -> Int? {
    guard let first = needle.unicodeScalars.first else { return nil }
    var index = start
    while index < scalars.count {
      if scalars[index] == first, hasPrefix(needle, at: index) { return index }
      index += 1
    }
    return nil
  }

  func firstIndex(of scalar: Unicode.Scalar, from start: Int) -> Int? {
    var index = start
    while index < scalars.count {
      if scalars[index] == scalar { return index }
      index += 1
    }
    return nil
  }

  /// Where `</name` starts (case-insensitively), for raw-text elements.
  func findClosingTag(_ name: String, from start: Int) -> Int? {
    var index = start
    while let candidate = find("</", from: index) {
      let nameEnd = candidate + 2 + name.unicodeScalars.count
      if nameEnd <= scalars.count, string(candidate + 2..<nameEnd).lowercased() == name {
        return candidate
      }
      index = candidate + 2
    }
    return nil
  }
}
