/// The `w` overlay: one line per source that could not be loaded.
struct WarningsView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let title = Plural.count(state.problems.count, "source") + " skipped"
    let box = OverlayBox(title: title, width: rect.width - 8, height: state.problems.count + 3)
    let inner = box.draw(in: rect, into: &buffer)
    let top = { () -> Int in
      if case .warnings(let top) = state.overlay { return top }
      return 0
    }()
    let visible = max(0, inner.height - 1)
    let first = max(0, min(top, state.problems.count - visible))
    for (slot, problem) in state.problems.dropFirst(first).prefix(visible).enumerated() {
      buffer.write(
        problem.line, x: inner.x + 1, y: inner.y + slot, limit: inner.width - 2,
        style: CellStyle(ink: .warning))
    }
    buffer.write(
      "Esc close", x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 2, style: .muted)
  }
}
