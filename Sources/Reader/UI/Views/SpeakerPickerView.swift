/// The `s` overlay: every speaker with role and counts, narrowed by what has been typed;
/// speakers already added are ticked.
struct SpeakerPickerView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    guard case .picker(let picker) = state.overlay else { return }
    let matches = picker.matches(in: state.corpus)
    let box = OverlayBox(title: "Speaker", width: 72, height: min(rect.height, matches.count + 5))
    let inner = box.draw(in: rect, into: &buffer)
    buffer.write(
      [Span(" > ", CellStyle(ink: .accent, bold: true)), Span(picker.query, .bold), Span("▏")],
      x: inner.x, y: inner.y, limit: inner.width)
    let rows = max(0, inner.height - 3)
    let first = max(0, picker.cursor - rows + 1)
    for (slot, speaker) in matches.dropFirst(first).prefix(rows).enumerated() {
      let y = inner.y + 1 + slot
      let current = first + slot == picker.cursor
      let chosen = picker.chosen.contains(speaker.id)
      let style = current ? CellStyle.reversed : .plain
      if current {
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
        buffer.write("▌", x: inner.x, y: y, limit: 1, style: CellStyle(ink: .accent))
      }
      let counts =
        " \(Plural.count(speaker.quoteCount, "quote")) · \(Plural.count(speaker.articleCount, "article")) "
      let countsX = Theme.writeRight(
        [Span(counts, style.with { $0.ink = .muted })], row: y, in: inner, into: &buffer)
      var spans = [
        Span(chosen ? "✓ " : "  ", style.with { $0.ink = .accent }),
        Span(speaker.name, style.with { $0.bold = true }),
      ]
      if let role = speaker.role { spans.append(Span(" · " + role, style)) }
      buffer.write(spans, x: inner.x + 1, y: y, limit: countsX - inner.x - 2)
    }
    if matches.isEmpty {
      buffer.write(
        "no speaker matches", x: inner.x + 3, y: inner.y + 1, limit: inner.width - 3,
        style: .muted)
    }
    buffer.write(
      " Enter choose · Space add another · Esc cancel", x: inner.x, y: inner.maxY - 1,
      limit: inner.width, style: .muted)
  }
}
