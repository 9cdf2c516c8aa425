import Foundation
import Model

/// The left pane: one two-row entry per listed article — title (bold while unread, flagged
/// when marked), then source, quote count and date; the current entry highlighted.
struct ArticleListView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let focused = state.focus == .list
    let title = "Articles · \(state.items.count)"
    buffer.frame(rect, title: [Span(title, .bold)], style: Theme.border(focused: focused))
    let inner = rect.inner
    let rows = inner.height / ListGeometry.rowsPerArticle
    for slot in 0..<max(0, rows) {
      let position = state.listTop + slot
      guard state.items.indices.contains(position) else { break }
      let item = state.items[position]
      let article = item.article.article
      let y = inner.y + slot * ListGeometry.rowsPerArticle
      let current = position == state.listCursor
      let marked = state.marked.contains(article.id)
      var titleStyle = CellStyle(bold: !state.read.contains(article.id))
      var detailStyle = CellStyle.muted
      if current {
        let selection = Theme.selection(focused: focused)
        titleStyle.reverse = selection.reverse
        detailStyle.reverse = selection.reverse
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: selection)
      }
      let flag = marked ? Span("●", CellStyle(ink: .accent, bold: true)) : Span(" ")
      buffer.write(
        [flag.with(reverse: current && focused), Span(article.title, titleStyle)],
        x: inner.x, y: y, limit: inner.width)
      buffer.write(
        "  " + details(item), x: inner.x, y: y + 1, limit: inner.width,
        style: detailStyle)
    }
  }

  private func details(_ item: Selection.Item) -> String {
    let article = item.article.article
    var parts = [
      Plural.count(item.quoteCount, "quote"),
      URL(fileURLWithPath: article.path).lastPathComponent,
    ]
    if let date = article.date {
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
