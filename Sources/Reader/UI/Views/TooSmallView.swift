import Model

/// Shown instead of everything else while the terminal is under 60×16.
struct TooSmallView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    let need = "(need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight))"
    let whole = "terminal too small " + need
    let lines = DisplayWidth.of(whole) <= rect.width ? [whole] : ["terminal too small", need]
    let top = rect.y + max(0, (rect.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let width = min(rect.width, DisplayWidth.of(line))
      buffer.write(
        line, x: rect.x + (rect.width - width) / 2, y: top + index, limit: rect.width,
        style: .bold)
    }
  }
}
