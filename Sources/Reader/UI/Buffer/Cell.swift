/// One column of the screen: the character that starts there (empty for the second column of
/// a wide character) and its style.
struct Cell: Hashable, Sendable {
  var character: String
  /// Columns the character takes: 1 or 2, or 0 for the cell a wide character covers.
  var width: Int
  var style: CellStyle

  static let blank = Cell(character: " ", width: 1, style: .plain)
}
