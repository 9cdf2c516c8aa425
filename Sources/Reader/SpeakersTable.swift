import Model

/// Lays out the rows of `reader speakers` in columns two spaces apart, padded by display width,
/// numbers right-aligned, without trailing spaces.
struct SpeakersTable {
  let rows: [[String]]
  let rightAligned: Set<Int>

  func render() -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { $0.indices.contains(column) ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
    }
    var text = ""
    for row in rows {
      var cells: [String] = []
      for (column, cell) in row.enumerated() {
        let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
        cells.append(rightAligned.contains(column) ? padding + cell : cell + padding)
      }
      var line = cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      text += line + "\n"
    }
    return text
  }
}
