/// Wraps text into lines of at most a given display width, breaking at spaces (and inside a
/// word only when the word alone is too wide), with a prefix for the first and later lines.
struct TextWrapper {
  var width = 78
  var firstPrefix = ""
  var prefix = ""

  /// The wrapped lines of one paragraph; runs of ASCII white space (newlines too) count as one space.
  func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var line = firstPrefix
    var lineWidth = DisplayWidth.of(firstPrefix)
    var lineHasWord = false
    let prefixWidth = DisplayWidth.of(prefix)
    func breakLine() {
      lines.append(line)
      line = prefix
      lineWidth = prefixWidth
      lineHasWord = false
    }
    for bytes in text.utf8.split(whereSeparator: Self.isSpace) {
      let word = Substring(bytes)
      let wordWidth = DisplayWidth.of(word)
      if lineHasWord, lineWidth + 1 + wordWidth > width { breakLine() }
      if lineHasWord {
        line += " "
        lineWidth += 1
      }
      if lineWidth + wordWidth <= width {
        line += word
        lineWidth += wordWidth
        lineHasWord = true
        continue
      }
      for character in word {
        let characterWidth = DisplayWidth.of(character)
        if lineWidth + characterWidth > width, lineHasWord { breakLine() }
        line.append(character)
        lineWidth += characterWidth
        lineHasWord = true
      }
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines
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
