/// A framed box drawn over the panes, centred in the body of the screen.
struct OverlayBox {
  var title: String
  var width: Int
  var height: Int

  /// Clears and frames the box; returns the rectangle inside its border.
  func draw(in rect: Rect, into buffer: inout CellBuffer) -> Rect {
    let box = rect.centred(width: width, height: height)
    buffer.fill(box)
    buffer.frame(box, title: [Span(title, .bold)], style: CellStyle(ink: .accent, bold: true))
    return box.inner
  }
}
