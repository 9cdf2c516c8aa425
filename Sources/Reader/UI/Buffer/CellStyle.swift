/// What a cell's colour means; the terminal turns each ink into a colour (or, without colour,
/// into an attribute), so views never deal in palettes.
enum Ink: Int, CaseIterable, Sendable {
  case plain
  case person
  case organisation
  case place
  case group
  case accent
  case muted
  case warning
}

/// How one cell looks: a semantic ink plus text attributes.
struct CellStyle: Hashable, Sendable {
  var ink: Ink = .plain
  var bold = false
  var dim = false
  var italic = false
  var underline = false
  var reverse = false

  static let plain = CellStyle()
  static let bold = CellStyle(bold: true)
  static let reversed = CellStyle(reverse: true)
  static let muted = CellStyle(ink: .muted)

  func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
    var copy = self
    change(&copy)
    return copy
  }
}
