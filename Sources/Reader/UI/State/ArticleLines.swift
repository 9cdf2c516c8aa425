import Model

/// The current article laid out for its pane: title, source and wrapped paragraphs (page chrome
/// hidden), styled by entity type, quotation, speaker mention and search hit.
enum ArticleLines {
  static func build(_ state: ReaderState, width: Int) -> [WrappedLine] {
    guard let item = state.currentItem, width > 0 else { return [] }
    let article = item.article.article
    let scalars = Array(article.text.unicodeScalars)
    let styles = styleMap(state, item: item, count: scalars.count)
    var lines = TextWrapper.wrap(article.path, style: .muted, width: width)
    for paragraph in article.contentParagraphs {
      let range = max(0, paragraph.start)..<min(scalars.count, max(paragraph.start, paragraph.end))
      var characters: [StyledCharacter] = []
      var offset = range.lowerBound
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[range])
      for character in String(text) {
        let shown: Character = character.isNewline || character == "\t" ? " " : character
        var style = offset < styles.count ? styles[offset] : .plain
        if paragraph.kind == .title { style.bold = true }
        characters.append(StyledCharacter(character: shown, style: style, offset: offset))
        offset += character.unicodeScalars.count
      }
      lines.append(WrappedLine(characters: [], offset: range.lowerBound))
      lines += TextWrapper.wrap(characters, width: width)
    }
    return lines
  }

  /// The line that holds a scalar offset (the last line starting at or before it).
  static func line(containing offset: Int, in lines: [WrappedLine]) -> Int {
    var found = 0
    for (index, line) in lines.enumerated() where !line.characters.isEmpty {
      if line.offset <= offset { found = index } else { break }
    }
    return found
  }

  private static func styleMap(_ state: ReaderState, item: Selection.Item, count: Int)
    -> [CellStyle]
  {
    var styles = Array(repeating: CellStyle.plain, count: count)
    func apply(_ start: Int, _ end: Int, _ change: (inout CellStyle) -> Void) {
      let lower = max(0, start)
      let upper = min(count, end)
      guard lower < upper else { return }
      for offset in lower..<upper { change(&styles[offset]) }
    }
    let filtering = !state.speakerFilter.isEmpty
    for (index, quote) in item.article.analysis.quotes.enumerated() {
      let chosen = filtering && state.isChosen(quote: index)
      if !filtering {
        apply(quote.start, quote.end) { $0.italic = true }
      } else if chosen {
        apply(quote.start, quote.end) {
          $0.italic = true
          $0.ink = .accent
        }
      }
      if !filtering || chosen, let mention = quote.speaker?.mention {
        apply(mention.start, mention.end) { $0.bold = true }
      }
    }
    for entity in item.article.analysis.entities {
      let ink = EntityInk.of(entity.type)
      for mention in entity.mentions {
        apply(mention.start, mention.end) { $0.ink = ink }
      }
    }
    if !state.searchQuery.isEmpty {
      let pattern = TextFolding.pattern(state.searchQuery)
      let text = state.searchText(ofArticle: item.articleIndex)
      for hit in TextFolding.matches(of: pattern, in: text) {
        apply(hit, hit + pattern.count) { $0.reverse = true }
      }
    }
    return styles
  }
}

/// The ink of each entity type, shared by the article pane and its legend.
enum EntityInk {
  static func of(_ type: EntityType) -> Ink {
    switch type {
    case .person: return .person
    case .organisation: return .organisation
    case .geopolitical, .location: return .place
    case .group: return .group
    }
  }
}
