/// Wraps text into lines of at most a given display width, breaking at spaces (and inside a
/// word only when the word alone is too wide), with a prefix for the first and later lines.
struct TextWrapper {
  var width = 78
  var firstPrefix = ""
  var prefix = ""

  /// The wrapped lines of one paragraph; white space runs (newlines too) count as one space.
  func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var line = firstPrefix
    var lineWidth = DisplayWidth.of(firstPrefix)
    var lineHasWord = false
    func breakLine() {
      lines.append(line)
      line = prefix
      lineWidth = DisplayWidth.of(prefix)
      lineHasWord = false
    }
    for word in text.split(whereSeparator: \.isWhitespace) {
      let wordWidth = DisplayWidth.of(word)
      if lineHasWord, lineWidth + 1 + wordWidth > width { breakLine() }
      if lineHasWord {
        line += " "
        lineWidth += 1
      }
      for character in word {
        let characterWidth = DisplayWidth.of(character)
        if lineWidth + characterWidth > width, lineHasWord || line != prefix && line != firstPrefix
        {
          breakLine()
        }
        line.append(character)
        lineWidth += characterWidth
        lineHasWord = true
      }
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// The wrapped lines of text made of several paragraphs (separated by newlines), with a line
  /// holding only the (trimmed) prefix between paragraphs.
  func paragraphs(_ text: String) -> [String] {
    let blocks = text.split(whereSeparator: \.isNewline).filter {
      !$0.allSatisfy(\.isWhitespace)
    }
    var result: [String] = []
    var wrapper = self
    for (index, block) in blocks.enumerated() {
      if index > 0 {
        result.append(String(prefix.reversed().drop(while: \.isWhitespace).reversed()))
        wrapper.firstPrefix = prefix
      }
      result += wrapper.lines(String(block))
    }
    return result.isEmpty ? lines("") : result
  }
}
