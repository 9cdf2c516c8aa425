/// The last row: the search prompt, or a message or load problems, then key hints, always
/// ending in `? help · q quit`.
struct StatusBarView: View {
  static let hints =
    "j/k move · Tab pane · Enter open · s speaker · / search · Space mark · e export"
  static let essentials = "? help · q quit "

  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    if case .search(let query) = state.overlay {
      buffer.write(
        [Span(" /" + query, .bold), Span("▏", CellStyle(ink: .accent))], x: rect.x, y: rect.y,
        limit: rect.width)
      Theme.writeRight(
        [Span("Enter keep · Esc clear ", .muted)], row: rect.y, in: rect, into: &buffer)
      return
    }
    let right = Theme.writeRight(
      [Span(Self.essentials, .muted)], row: rect.y, in: rect, into: &buffer)
    var spans: [Span] = []
    if let message = state.message {
      spans.append(Span(" " + message, CellStyle(ink: .accent, bold: true)))
    } else if !state.problems.isEmpty {
      let count = Plural.count(state.problems.count, "source")
      spans.append(Span(" \(count) skipped — w to show", CellStyle(ink: .warning, bold: true)))
    }
    spans.append(Span(spans.isEmpty ? " " + Self.hints : " · " + Self.hints, .muted))
    buffer.write(spans, x: rect.x, y: rect.y, limit: max(0, right - rect.x - 1))
  }
}
