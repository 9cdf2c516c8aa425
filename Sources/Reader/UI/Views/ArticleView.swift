import Model

/// The middle pane: the current article, wrapped and styled, with a scroll position and the
/// legend of entity colours in its bottom border.
struct ArticleView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let focused = state.focus == .article
    let title = state.currentArticle?.article.title ?? "no article"
    var heading = [Span(title, .bold)]
    if !state.layout.showsThreePanes {
      heading =
        [Span("Article", CellStyle(ink: .accent, bold: true)), Span(" · Tab: quotes · ", .muted)]
        + heading
    }
    buffer.frame(rect, title: heading, style: Theme.border(focused: focused))
    let inner = rect.inner
    let lines = state.articleLines
    for row in 0..<inner.height {
      let index = state.articleTop + row
      guard lines.indices.contains(index) else { break }
      buffer.write(lines[index].spans, x: inner.x + 1, y: inner.y + row, limit: inner.width - 2)
    }
    drawLegend(rect, into: &buffer)
    if lines.count > inner.height, inner.height > 0 {
      let percent = min(100, (state.articleTop + inner.height) * 100 / lines.count)
      let mark = percent >= 100 ? "▲ end" : "▼ \(percent)%"
      Theme.writeRight(
        [Span(" " + mark + " ", Theme.border(focused: focused))], row: rect.maxY - 1,
        in: Rect(x: rect.x, y: rect.y, width: rect.width - 2, height: rect.height), into: &buffer)
    }
  }

  /// The entity colours and the quote style, in short words when the pane is narrow.
  private func drawLegend(_ rect: Rect, into buffer: inout CellBuffer) {
    let room = max(0, rect.width - 12)
    let full = ["person", "organisation", "place", "group"]
    let short = ["person", "org", "place", "group"]
    let inks: [Ink] = [.person, .organisation, .place, .group]
    for names in [full, short] {
      var spans = [Span(" ")]
      for (name, ink) in zip(names, inks) {
        spans += [Span("■", CellStyle(ink: ink)), Span(" \(name) ")]
      }
      spans.append(Span("“quote” ", CellStyle(italic: true)))
      if spans.reduce(0, { $0 + DisplayWidth.of($1.text) }) <= room || names == short {
        buffer.write(spans, x: rect.x + 1, y: rect.maxY - 1, limit: room)
        return
      }
    }
  }
}
