import Model

/// One character of text to wrap, with its style and its scalar offset in the source text.
struct StyledCharacter: Sendable {
  var character: Character
  var style: CellStyle
  var offset: Int
}

/// A wrapped line: its characters, and the scalar offset where it starts in the source text.
struct WrappedLine: Sendable {
  var characters: [StyledCharacter]
  var offset: Int

  /// The line as spans of equal style, ready to write into a buffer.
  var spans: [Span] {
    var spans: [Span] = []
    for item in characters {
      if let last = spans.last, last.style == item.style {
        spans[spans.count - 1].text.append(item.character)
      } else {
        spans.append(Span(String(item.character), item.style))
      }
    }
    return spans
  }
}

/// Word-wraps styled text by display width: breaks after spaces, and inside a word only when
/// the word alone is wider than the line.
enum TextWrapper {
  static func wrap(_ text: [StyledCharacter], width: Int) -> [WrappedLine] {
    guard width > 0 else { return [] }
    var lines: [WrappedLine] = []
    var start = 0
    while start < text.count {
      while start < text.count, text[start].character == " " { start += 1 }
      guard start < text.count else { break }
      var end = start
      var used = 0
      var lastBreak: Int?
      while end < text.count {
        let w = DisplayWidth.of(text[end].character)
        if used + w > width { break }
        used += w
        if text[end].character == " " { lastBreak = end }
        end += 1
      }
      if end < text.count, text[end].character == " " {
        // The line ends exactly before a space: break there.
      } else if end < text.count, let lastBreak, lastBreak > start {
        end = lastBreak
      } else if end == start {
        end = start + 1
      }
      var line = Array(text[start..<end])
      while line.last?.character == " " { line.removeLast() }
      lines.append(WrappedLine(characters: line, offset: text[start].offset))
      start = end
    }
    return lines
  }

  /// Wraps plain text in one style (offsets count characters).
  static func wrap(_ text: String, style: CellStyle, width: Int) -> [WrappedLine] {
    var characters: [StyledCharacter] = []
    var offset = 0
    for character in text {
      let shown: Character = character.isNewline || character == "\t" ? " " : character
      characters.append(StyledCharacter(character: shown, style: style, offset: offset))
      offset += character.unicodeScalars.count
    }
    return wrap(characters, width: width)
  }
}
