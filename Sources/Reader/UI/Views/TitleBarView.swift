import Model

/// The top row: what is shown (counts), analysis progress, and the active filter in words.
struct TitleBarView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let selection = state.selection
    let speakers =
      state.speakerFilter.isEmpty ? state.corpus.speakers.count : state.speakerFilter.count
    var left = " reader — \(Plural.count(selection.articleCount, "article"))"
    left += " · \(Plural.count(selection.quoteCount, "quote"))"
    left += " · \(Plural.count(speakers, "speaker"))"
    if let progress = state.progress {
      left += " · " + progress.line
    }
    var right = state.filterDescription + " · \(state.marked.count) marked"
    if !state.searchQuery.isEmpty { right += " · search: \(state.searchQuery)" }
    right += "   ? help "
    let rightSpans = [Span(right, CellStyle(ink: state.speakerFilter.isEmpty ? .plain : .accent))]
    let rightWidth = DisplayWidth.of(right)
    let leftRoom = max(0, rect.width - rightWidth - 1)
    if leftRoom >= 20 {
      buffer.write(left, x: rect.x, y: rect.y, limit: leftRoom, style: .bold)
      Theme.writeRight(rightSpans, row: rect.y, in: rect, into: &buffer)
    } else {
      buffer.write(
        [Span(left, .bold), Span("  "), rightSpans[0]], x: rect.x, y: rect.y, limit: rect.width)
    }
  }
}

/// Counts in words: "1 article", "27 quotes", "10,000 articles".
enum Plural {
  static func count(_ n: Int, _ noun: String) -> String {
    "\(PipelineProgress.grouped(n)) \(noun)\(n == 1 ? "" : "s")"
  }
}
