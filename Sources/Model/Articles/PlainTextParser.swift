/// Reads a plain-text article: blank lines separate paragraphs, the first line that is not
/// page chrome is the title, chrome lines are marked. The text is kept unchanged.
public enum PlainTextParser {
  public static func parse(text: String, path: String) -> Article {
    let scalars = ScalarText(text)
    var paragraphs: [Paragraph] = []
    var current: (start: Int, end: Int, chrome: Bool)?
    var titleFound = false

    func flush() {
      guard let block = current else { return }
      var kind: Paragraph.Kind = block.chrome ? .chrome : .body
      if kind == .body && !titleFound {
        kind = .title
        titleFound = true
      }
      paragraphs.append(Paragraph(start: block.start, end: block.end, kind: kind))
      current = nil
    }

    for line in lines(of: scalars) {
      guard let content = trimmed(line, in: scalars) else {
        flush()
        continue
      }
      let chrome =
        content.count <= PageChrome.maximumLength
        && PageChrome.mayBeChrome(scalars.scalars[content]) && PageChrome.isChrome(scalars[content])
      if let block = current, block.chrome == chrome {
        current = (block.start, content.upperBound, chrome)
      } else {
        flush()
        current = (content.lowerBound, content.upperBound, chrome)
      }
    }
    flush()

    let title = paragraphs.first { $0.kind == .title }.map { titleText(scalars[$0.range]) } ?? ""
    return Article(path: path, title: title, text: text, paragraphs: paragraphs)
  }

  /// The headline as one line: inner line breaks folded, Markdown heading marks removed.
  static func titleText(_ block: String) -> String {
    var words = block.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    while let first = words.first, !first.isEmpty, first.allSatisfy({ $0 == "#" }) {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  /// Half-open scalar ranges of each line, without the line feed.
  static func lines(of text: ScalarText) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for (index, scalar) in text.scalars.enumerated() where scalar == "\n" {
      result.append(start..<index)
      start = index + 1
    }
    if start < text.count { result.append(start..<text.count) }
    return result
  }

  /// A line's range without surrounding white space, or nil for a blank line.
  static func trimmed(_ line: Range<Int>, in text: ScalarText) -> Range<Int>? {
    var lower = line.lowerBound
    var upper = line.upperBound
    while lower < upper, text.scalars[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, text.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }
}
