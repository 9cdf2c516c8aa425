/// Which articles mention which entities, by folded name: each entity's full name, every
/// mention's text, and every word of those ("putin" finds "Vladimir Putin").
struct MentionIndex: Sendable {
  private let articlesByKey: [String: [Int]]

  init(_ articles: [AnalysedArticle]) {
    var table: [String: [Int]] = [:]
    for (index, item) in articles.enumerated() {
      var keys: Set<String> = []
      for entity in item.analysis.entities {
        for name in [entity.name] + entity.mentions.map(\.text) {
          let words = FoldedText.words(name)
          guard !words.isEmpty else { continue }
          keys.insert(words.joined(separator: " "))
          keys.formUnion(words)
        }
      }
      for key in keys { table[key, default: []].append(index) }
    }
    articlesByKey = table
  }

  /// The articles (ascending) mentioning an entity called `name`.
  func articles(mentioning name: String) -> [Int] {
    articlesByKey[FoldedText.words(name).joined(separator: " ")] ?? []
  }
}
