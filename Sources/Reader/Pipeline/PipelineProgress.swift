/// How far the analysis has come, and its one-line wording ("analysing 3,214 / 10,000").
struct PipelineProgress: Sendable, Hashable {
  var done: Int
  var total: Int

  var isComplete: Bool { done >= total }

  /// The wording; before anything is counted (a total of 0), that the sources are being read.
  var line: String {
    total == 0 ? "reading sources" : "analysing \(Self.grouped(done)) / \(Self.grouped(total))"
  }

  /// A count with a comma between each group of three digits ("10,000").
  static func grouped(_ count: Int) -> String {
    let digits = String(count.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return count < 0 ? "-" + result : result
  }
}
