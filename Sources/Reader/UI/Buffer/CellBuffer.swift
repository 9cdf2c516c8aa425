import Model

/// The screen as a grid of cells that views draw into and the terminal blits; `dump()` gives
/// its text for snapshot tests. Every write is clipped to the grid and cut by display width.
struct CellBuffer: Sendable {
  let width: Int
  let height: Int
  private(set) var cells: [Cell]

  init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  subscript(x: Int, y: Int) -> Cell {
    guard (0..<width).contains(x), (0..<height).contains(y) else { return .blank }
    return cells[y * width + x]
  }

  /// Writes spans from (x, y) within `limit` columns; text that does not fit ends in "…".
  /// Returns the columns used.
  @discardableResult
  mutating func write(_ spans: [Span], x: Int, y: Int, limit: Int) -> Int {
    let limit = min(limit, width - x)
    guard (0..<height).contains(y), x >= 0, limit > 0 else { return 0 }
    let total = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let room = total > limit ? limit - 1 : limit
    var column = 0
    for span in spans {
      for character in span.text {
        let shown = Self.printable(character)
        let w = DisplayWidth.of(shown)
        if w == 0 {
          if column > 0 { attachMark(shown, x: x + column - 1, y: y) }
          continue
        }
        guard column + w <= room else {
          return finish(column: column, x: x, y: y, limit: limit, style: span.style)
        }
        put(shown, width: w, x: x + column, y: y, style: span.style)
        column += w
      }
    }
    return column
  }

  @discardableResult
  mutating func write(_ text: String, x: Int, y: Int, limit: Int, style: CellStyle = .plain)
    -> Int
  {
    write([Span(text, style)], x: x, y: y, limit: limit)
  }

  /// Paints every cell of `rect` blank in `style`.
  mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
    for y in max(0, rect.y)..<min(height, rect.maxY) {
      for x in max(0, rect.x)..<min(width, rect.maxX) {
        clearWide(x: x, y: y)
        cells[y * width + x] = Cell(character: " ", width: 1, style: style)
      }
    }
  }

  /// A single-line box around `rect` with a title in its top border.
  mutating func frame(_ rect: Rect, title: [Span], style: CellStyle) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let horizontal = String(repeating: "─", count: rect.width - 2)
    write("┌" + horizontal + "┐", x: rect.x, y: rect.y, limit: rect.width, style: style)
    write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, limit: rect.width, style: style)
    for y in rect.y + 1..<rect.maxY - 1 {
      write("│", x: rect.x, y: y, limit: 1, style: style)
      write("│", x: rect.maxX - 1, y: y, limit: 1, style: style)
    }
    if !title.isEmpty, rect.width > 4 {
      let used = write([Span(" ", style)] + title, x: rect.x + 1, y: rect.y, limit: rect.width - 3)
      write(" ", x: rect.x + 1 + used, y: rect.y, limit: 1, style: style)
    }
  }

  /// The buffer as text, one line per row, trailing blanks removed.
  func dump() -> String {
    var lines: [String] = []
    for y in 0..<height {
      var line = ""
      for x in 0..<width where self[x, y].width > 0 { line += self[x, y].character }
      while line.hasSuffix(" ") { line.removeLast() }
      lines.append(line)
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  private mutating func finish(column: Int, x: Int, y: Int, limit: Int, style: CellStyle) -> Int {
    var column = column
    while column < limit - 1 {
      put(" ", width: 1, x: x + column, y: y, style: style)
      column += 1
    }
    put("…", width: 1, x: x + column, y: y, style: style)
    return column + 1
  }

  private mutating func put(_ character: Character, width w: Int, x: Int, y: Int, style: CellStyle)
  {
    clearWide(x: x, y: y)
    cells[y * width + x] = Cell(character: String(character), width: w, style: style)
    if w == 2, x + 1 < width {
      clearWide(x: x + 1, y: y)
      cells[y * width + x + 1] = Cell(character: "", width: 0, style: style)
    }
  }

  /// Before overwriting a cell, blanks the other half of a wide character it belongs to.
  private mutating func clearWide(x: Int, y: Int) {
    let cell = cells[y * width + x]
    if cell.width == 0, x > 0 {
      cells[y * width + x - 1] = Cell(character: " ", width: 1, style: cell.style)
    } else if cell.width == 2, x + 1 < width {
      cells[y * width + x + 1] = Cell(character: " ", width: 1, style: cell.style)
    }
  }

  private mutating func attachMark(_ mark: Character, x: Int, y: Int) {
    guard x >= 0, x < width else { return }
    var origin = x
    if cells[y * width + origin].width == 0, origin > 0 { origin -= 1 }
    cells[y * width + origin].character += String(mark)
  }

  /// Control characters (tabs, newlines) would move the terminal's cursor: shown as spaces.
  private static func printable(_ character: Character) -> Character {
    guard let first = character.unicodeScalars.first, first.value < 0x20 || first.value == 0x7F
    else { return character }
    return " "
  }
}
