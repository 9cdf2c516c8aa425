import Model

/// The `?` screen: every action with its keys, generated from the action table.
struct HelpView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let rows = ActionTable.bindings.map { (ActionTable.keyLabels(of: $0), $0.help) }
    let keyWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
    let box = OverlayBox(title: "Keys", width: 76, height: rows.count + 5)
    let inner = box.draw(in: rect, into: &buffer)
    let top = { () -> Int in
      if case .help(let top) = state.overlay { return top }
      return 0
    }()
    let visible = max(0, inner.height - 2)
    let first = max(0, min(top, rows.count - visible))
    for (slot, row) in rows.dropFirst(first).prefix(visible).enumerated() {
      let y = inner.y + slot
      buffer.write(row.0, x: inner.x + 1, y: y, limit: keyWidth, style: .bold)
      buffer.write(row.1, x: inner.x + keyWidth + 3, y: y, limit: inner.width - keyWidth - 4)
    }
    buffer.write(
      "mouse: click selects a row or focuses a pane · wheel scrolls", x: inner.x + 1,
      y: inner.maxY - 2, limit: inner.width - 2, style: .muted)
    let more = first + visible < rows.count ? " · ▼ more" : ""
    buffer.write(
      "Esc or ? close · j/k scroll" + more, x: inner.x + 1, y: inner.maxY - 1,
      limit: inner.width - 2, style: .muted)
  }
}
