/// Wraps text into lines of at most a given display width, breaking at spaces (and inside a
/// word only when the word alone is too wide), with a prefix for the first and later lines.
struct TextWrapper {
  var width = 78
  var firstPrefix = ""
  var prefix = ""

  /// The wrapped lines of one paragraph; runs of ASCII white space (newlines too) count as one
  /// space. Works on UTF-8 bytes, measuring non-ASCII words by display width.
  func lines(_ text: String) -> [String] {
    var builder = LineBuilder(wrapper: self)
    var text = text
    text.withUTF8 { utf8 in
      var index = 0
      while index < utf8.count {
        guard !Self.isSpace(utf8[index]) else {
          index += 1
          continue
        }
        var end = index
        var ascii = true
        while end < utf8.count, !Self.isSpace(utf8[end]) {
          if utf8[end] >= 0x80 { ascii = false }
          end += 1
        }
        builder.add(UnsafeBufferPointer(rebasing: utf8[index..<end]), ascii: ascii)
        index = end
      }
    }
    return builder.finish()
  }

  /// Accumulates the bytes of the current line and the finished lines.
  private struct LineBuilder {
    let wrapper: TextWrapper
    let prefixBytes: [UInt8]
    let prefixWidth: Int
    var lines: [String] = []
    var line: [UInt8]
    var lineWidth: Int
    var lineHasWord = false

    init(wrapper: TextWrapper) {
      self.wrapper = wrapper
      prefixBytes = Array(wrapper.prefix.utf8)
      prefixWidth = DisplayWidth.of(wrapper.prefix)
      line = Array(wrapper.firstPrefix.utf8)
      lineWidth = DisplayWidth.of(wrapper.firstPrefix)
    }

    mutating func add(_ word: UnsafeBufferPointer<UInt8>, ascii: Bool) {
      let text = ascii ? nil : String(decoding: word, as: UTF8.self)
      let wordWidth = text.map { DisplayWidth.of($0) } ?? word.count
      if lineHasWord, lineWidth + 1 + wordWidth > wrapper.width { breakLine() }
      if lineHasWord {
        line.append(0x20)
        lineWidth += 1
      }
      guard lineWidth + wordWidth > wrapper.width else {
        line.append(contentsOf: word)
        lineWidth += wordWidth
        lineHasWord = true
        return
      }
      for character in text ?? String(decoding: word, as: UTF8.self) {
        let characterWidth = DisplayWidth.of(character)
        if lineWidth + characterWidth > wrapper.width, lineHasWord { breakLine() }
        line.append(contentsOf: character.utf8)
        lineWidth += characterWidth
        lineHasWord = true
      }
    }

    mutating func breakLine() {
      lines.append(String(decoding: line, as: UTF8.self))
      line = prefixBytes
      lineWidth = prefixWidth
      lineHasWord = false
    }

    mutating func finish() -> [String] {
      if lineHasWord || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
      return lines
    }
  }

  /// ASCII white space: space, tab, line feed, carriage return.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// The wrapped lines of text made of several paragraphs (separated by newlines), with a line
  /// holding only the (trimmed) prefix between paragraphs.
  func paragraphs(_ text: String) -> [String] {
    let blocks = text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).filter {
      !$0.allSatisfy(Self.isSpace)
    }
    var result: [String] = []
    var wrapper = self
    for (index, block) in blocks.enumerated() {
      if index > 0 {
        result.append(String(prefix.reversed().drop(while: \.isWhitespace).reversed()))
        wrapper.firstPrefix = prefix
      }
      result += wrapper.lines(String(Substring(block)))
    }
    return result.isEmpty ? lines("") : result
  }
}
