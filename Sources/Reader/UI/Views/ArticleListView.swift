import Foundation

/// The left pane: one two-row entry per listed article — title (bold while unread, flagged
/// when marked), then source, quote count and date; the current entry highlighted.
struct ArticleListView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let focused = state.focus == .list
    let title = "Articles · \(state.visible.count)"
    buffer.frame(rect, title: [Span(title, .bold)], style: Theme.border(focused: focused))
    let inner = rect.inner
    let rows = inner.height / ListGeometry.rowsPerArticle
    for slot in 0..<max(0, rows) {
      let position = state.listTop + slot
      guard state.visible.indices.contains(position) else { break }
      let entry = state.library.entries[state.visible[position]]
      let y = inner.y + slot * ListGeometry.rowsPerArticle
      let current = position == state.listCursor
      let marked = state.marked.contains(entry.article.id)
      var titleStyle = CellStyle(bold: !state.read.contains(entry.article.id))
      var detailStyle = CellStyle.muted
      if current {
        let selection = Theme.selection(focused: focused)
        titleStyle.reverse = selection.reverse
        detailStyle.reverse = selection.reverse
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: selection)
      }
      let flag = marked ? Span("●", CellStyle(ink: .accent, bold: true)) : Span(" ")
      buffer.write(
        [flag.with(reverse: current && focused), Span(entry.article.title, titleStyle)],
        x: inner.x, y: y, limit: inner.width)
      buffer.write(
        "  " + details(entry, state: state), x: inner.x, y: y + 1, limit: inner.width,
        style: detailStyle)
    }
  }

  private func details(_ entry: LibraryEntry, state: ReaderState) -> String {
    var parts = [URL(fileURLWithPath: entry.article.path).lastPathComponent]
    if entry.analysis == nil {
      parts.append("analysing…")
    } else {
      parts.append(
        Plural.count(state.library.quotes(of: entry, speakers: state.speakerFilter).count, "quote"))
    }
    if let date = entry.article.date {
      parts.append(date.formatted(.iso8601.year().month().day()))
    }
    return parts.joined(separator: " · ")
  }
}

extension Span {
  /// The same text with the reverse attribute set as given.
  func with(reverse: Bool) -> Span {
    Span(text, style.with { $0.reverse = $0.reverse || reverse })
  }
}
