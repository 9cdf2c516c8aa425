/// A rectangle of screen cells: origin at the top left, sizes in columns and rows.
struct Rect: Hashable, Sendable {
  var x: Int
  var y: Int
  var width: Int
  var height: Int

  var maxX: Int { x + width }
  var maxY: Int { y + height }
  var isEmpty: Bool { width <= 0 || height <= 0 }

  func contains(x column: Int, y row: Int) -> Bool {
    (x..<maxX).contains(column) && (y..<maxY).contains(row)
  }

  /// The rectangle inside a one-cell border.
  var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }

  /// A rectangle of the given size centred in this one, clipped to it.
  func centred(width w: Int, height h: Int) -> Rect {
    let width = min(w, self.width)
    let height = min(h, self.height)
    return Rect(
      x: x + (self.width - width) / 2, y: y + (self.height - height) / 2, width: width,
      height: height)
  }
}
