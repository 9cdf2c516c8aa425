import Model

/// One row of the quotes pane: a speaker heading or a line of a quote.
struct QuoteRow: Sendable {
  var spans: [Span]
  /// Index into `QuoteRows.ordered` of the quote this row belongs to; nil for headings.
  var quote: Int?
}

/// The current article's quotes grouped by speaker (most quoted first), as pane rows.
enum QuoteRows {
  /// The quotes in the order the pane shows them; the quote cursor indexes this.
  static func ordered(_ state: ReaderState) -> [Quote] {
    groups(state).flatMap(\.quotes)
  }

  /// Rows for a pane `width` columns wide (after its one-column marker of the current quote).
  static func build(_ state: ReaderState, width: Int) -> [QuoteRow] {
    guard width > 2 else { return [] }
    var rows: [QuoteRow] = []
    var index = 0
    for group in groups(state) {
      if !rows.isEmpty { rows.append(QuoteRow(spans: [], quote: nil)) }
      var heading = [Span(group.name, .bold)]
      if let role = group.role { heading.append(Span(" · " + role, .muted)) }
      heading.append(Span(" (\(group.quotes.count))", .muted))
      rows.append(QuoteRow(spans: heading, quote: nil))
      for (position, quote) in group.quotes.enumerated() {
        if position > 0 { rows.append(QuoteRow(spans: [], quote: nil)) }
        let text = quote.kind == .direct ? "“" + quote.text + "”" : quote.text
        for line in TextWrapper.wrap(text, style: CellStyle(italic: true), width: width - 2) {
          rows.append(QuoteRow(spans: [Span(" ")] + line.spans, quote: index))
        }
        index += 1
      }
    }
    return rows
  }

  /// The first row of a quote.
  static func firstRow(of quote: Int, in rows: [QuoteRow]) -> Int? {
    rows.firstIndex { $0.quote == quote }
  }

  /// One speaker's quotes in the current article, under the corpus speaker's name and role.
  private struct Group {
    var key: SpeakerID?
    var name: String
    var role: String?
    var quotes: [Quote]
  }

  private static func groups(_ state: ReaderState) -> [Group] {
    var groups: [Group] = []
    for (index, quote) in state.currentQuotes {
      let speaker = state.speaker(ofQuote: index)
      if let at = groups.firstIndex(where: { $0.key == speaker?.id }) {
        groups[at].quotes.append(quote)
      } else {
        groups.append(
          Group(
            key: speaker?.id, name: speaker?.name ?? quote.speaker?.name ?? "unattributed",
            role: speaker?.role ?? quote.speaker?.role, quotes: [quote]))
      }
    }
    return groups.enumerated().sorted {
      $0.element.quotes.count != $1.element.quotes.count
        ? $0.element.quotes.count > $1.element.quotes.count : $0.offset < $1.offset
    }.map(\.element)
  }
}
