/// Mouse input: a click selects a row or focuses a pane; the wheel scrolls the pane under it.
extension ReaderState {
  mutating func click(x: Int, y: Int) {
    guard overlay == nil, !layout.isTooSmall, let pane = layout.pane(atX: x, y: y) else { return }
    focus = pane
    guard let inner = layout.rect(of: pane)?.inner, inner.contains(x: x, y: y) else { return }
    switch pane {
    case .list:
      setCursor(listTop + (y - inner.y) / ListGeometry.rowsPerArticle)
    case .quotes:
      let rows = QuoteRows.build(self, width: quoteTextWidth)
      let row = quoteTop + y - inner.y
      if rows.indices.contains(row), let quote = rows[row].quote { setQuoteCursor(quote) }
    case .article:
      break
    }
  }

  mutating func wheel(x: Int, y: Int, lines: Int) {
    guard overlay == nil, let pane = layout.pane(atX: x, y: y) else { return }
    switch pane {
    case .list: setCursor(listCursor + lines)
    case .article: scrollArticle(to: articleTop + lines)
    case .quotes: setQuoteCursor(quoteCursor + lines.signum())
    }
  }
}
