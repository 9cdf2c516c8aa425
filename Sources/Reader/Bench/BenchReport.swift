/// The whole result of `reader bench`: the figures at N, how the per-article cost grows from
/// N/10 to N, and the figures at N/10 — one JSON object with exactly the documented keys.
struct BenchReport: Sendable, Encodable {
  var full: BenchFigures
  var tenth: BenchFigures

  /// Cold-open time per article at N over the same at N/10 (1 means linear).
  var growthPerArticle: Double? {
    guard let large = full.coldOpenSeconds, let small = tenth.coldOpenSeconds,
      full.articles > 0, tenth.articles > 0, small > 0
    else { return nil }
    return (large / Double(full.articles)) / (small / Double(tenth.articles))
  }

  private enum CodingKeys: String, CodingKey {
    case growthPerArticle = "growth_per_article"
    case tenth
  }

  func encode(to encoder: any Encoder) throws {
    try full.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(growthPerArticle, forKey: .growthPerArticle)
    try c.encode(tenth, forKey: .tenth)
  }
}
