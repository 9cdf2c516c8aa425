import Model

/// A part of the screen: draws the state into a rectangle of the cell buffer and nothing else.
protocol View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer)
}

/// Styles shared by the views.
enum Theme {
  static func border(focused: Bool) -> CellStyle {
    focused ? CellStyle(ink: .accent, bold: true) : .muted
  }

  /// The style of the highlighted row: reversed in the focused pane, bold elsewhere.
  static func selection(focused: Bool) -> CellStyle {
    focused ? CellStyle(reverse: true) : CellStyle(ink: .accent, bold: true)
  }

  /// Writes a bar of text right-aligned on a row, returning the column where it starts.
  @discardableResult
  static func writeRight(_ spans: [Span], row: Int, in rect: Rect, into buffer: inout CellBuffer)
    -> Int
  {
    let width = min(rect.width, spans.reduce(0) { $0 + DisplayWidth.of($1.text) })
    let x = rect.maxX - width
    buffer.write(spans, x: x, y: row, limit: width)
    return x
  }
}
