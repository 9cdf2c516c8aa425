/// Turns what a user types into a safe FTS5 query: every word quoted (so punctuation and
/// operators are literal), all required, the last one matched as a prefix.
enum SearchPattern {
  static func fts5(_ query: String) -> String? {
    let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard !words.isEmpty else { return nil }
    let quoted = words.map { "\"" + $0 + "\"" }
    return quoted.joined(separator: " ") + "*"
  }
}
