/// The `e` prompt on the last two rows: what will be exported and the editable path, or the
/// question before replacing an existing file.
struct ExportPromptView: View {
  func draw(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
    buffer.fill(rect, style: .plain)
    let selection = state.exportSelection
    let what = "Export \(selection.summary) (\(selection.description)) to: "
    switch state.overlay {
    case .export(let path):
      buffer.write(
        [Span(" " + what, .bold), Span(path), Span("▏", CellStyle(ink: .accent))], x: rect.x,
        y: rect.y, limit: rect.width)
      buffer.write(
        " Enter write · Esc cancel · Backspace edit", x: rect.x, y: rect.y + 1, limit: rect.width,
        style: .muted)
    case .confirmReplace(let path):
      buffer.write(" " + what + path, x: rect.x, y: rect.y, limit: rect.width, style: .bold)
      buffer.write(
        " \(path) exists — replace it? y/N", x: rect.x, y: rect.y + 1, limit: rect.width,
        style: CellStyle(ink: .warning, bold: true))
    default:
      break
    }
  }
}
