/// The median and 99th percentile of a set of timings (nearest-rank), in milliseconds.
struct Percentiles: Sendable, Hashable {
  var p50: Double
  var p99: Double

  /// nil when there are no samples.
  init?(_ samples: [Double]) {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    func rank(_ percent: Double) -> Double {
      let position = Int((percent / 100 * Double(sorted.count)).rounded(.up)) - 1
      return sorted[min(max(position, 0), sorted.count - 1)]
    }
    p50 = rank(50)
    p99 = rank(99)
  }
}
