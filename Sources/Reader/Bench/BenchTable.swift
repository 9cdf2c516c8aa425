/// `reader bench`'s report as a table for people: each figure at N and at N/10, with its target.
enum BenchTable {
  static func render(_ report: BenchReport) -> String {
    let full = report.full
    let tenth = report.tenth
    let rows: [(String, Double?, Double?, String)] = [
      ("bytes", Double(full.bytes), Double(tenth.bytes), ""),
      (
        "extract MB/s, 1 core", full.extractMBPerSecondOneCore, tenth.extractMBPerSecondOneCore,
        "≥ 5"
      ),
      (
        "extract MB/s, all cores", full.extractMBPerSecondAllCores,
        tenth.extractMBPerSecondAllCores, ""
      ),
      ("cold open s", full.coldOpenSeconds, tenth.coldOpenSeconds, ""),
      ("warm open s", full.warmOpenSeconds, tenth.warmOpenSeconds, ""),
      (
        "warm first frame ms", full.warmFirstFrameMilliseconds, tenth.warmFirstFrameMilliseconds,
        "≤ 300"
      ),
      ("filter ms p50", full.filterMilliseconds?.p50, tenth.filterMilliseconds?.p50, ""),
      ("filter ms p99", full.filterMilliseconds?.p99, tenth.filterMilliseconds?.p99, "≤ 16"),
      ("search ms p50", full.searchMilliseconds?.p50, tenth.searchMilliseconds?.p50, ""),
      ("search ms p99", full.searchMilliseconds?.p99, tenth.searchMilliseconds?.p99, "≤ 16"),
      ("key ms p99", full.keyMilliseconds?.p99, tenth.keyMilliseconds?.p99, ""),
      ("peak RSS MB", full.peakRSSMegabytes, tenth.peakRSSMegabytes, "≤ 300"),
      ("growth per article", report.growthPerArticle, nil, "≤ 1.2"),
    ]
    let header = [
      "figure", "\(PipelineProgress.grouped(full.articles)) articles",
      "\(PipelineProgress.grouped(tenth.articles)) articles", "target",
    ]
    let lines = [header] + rows.map { [$0.0, number($0.1), number($0.2), $0.3] }
    let widths = (0..<header.count).map { column in
      lines.map { $0[column].count }.max() ?? 0
    }
    return lines.map { cells in
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 ? cell + padding : padding + cell
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }

  /// A figure with three significant decimals at most, or "–" where it was not measured.
  static func number(_ value: Double?) -> String {
    guard let value else { return "–" }
    if value >= 1000 { return String(Int(value.rounded())) }
    return String((value * 1000).rounded() / 1000)
  }
}
