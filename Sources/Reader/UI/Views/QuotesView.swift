/// The right pane: the current article's quotes grouped by speaker, the current one marked.
struct QuotesView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let focused = state.focus == .quotes
    var heading = [Span("Quotes · \(QuoteRows.ordered(state).count)", .bold)]
    if !state.layout.showsThreePanes { heading.append(Span(" · Tab: list", .muted)) }
    buffer.frame(rect, title: heading, style: Theme.border(focused: focused))
    let inner = rect.inner
    let rows = QuoteRows.build(state, width: state.quoteTextWidth)
    if rows.isEmpty {
      buffer.write("no quotes", x: inner.x + 1, y: inner.y, limit: inner.width - 1, style: .muted)
    }
    for row in 0..<inner.height {
      let index = state.quoteTop + row
      guard rows.indices.contains(index) else { break }
      let line = rows[index]
      let current = line.quote != nil && line.quote == state.quoteCursor
      let spans = current ? line.spans.map { $0.with(reverse: focused) } : line.spans
      if current {
        buffer.write("▌", x: inner.x, y: inner.y + row, limit: 1, style: CellStyle(ink: .accent))
      }
      buffer.write(spans, x: inner.x + 1, y: inner.y + row, limit: inner.width - 1)
    }
  }
}
