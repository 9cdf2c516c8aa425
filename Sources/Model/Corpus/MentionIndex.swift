/// Which articles mention which entities, by folded name: each entity's full name, every
/// mention's text, and every word of those ("putin" finds "Vladimir Putin").
struct MentionIndex: Sendable {
  private let articlesByKey: [String: [Int]]

  init(_ articles: [AnalysedArticle]) {
    var table: [String: [Int]] = [:]
    var known: [String: [String]] = [:]
    for (index, item) in articles.enumerated() {
      var names: Set<String> = []
      for entity in item.analysis.entities {
        names.insert(entity.name)
        for mention in entity.mentions { names.insert(mention.text) }
      }
      var keys: Set<String> = []
      for name in names {
        let nameKeys = known[name] ?? Self.keys(of: name)
        known[name] = nameKeys
        keys.formUnion(nameKeys)
      }
      for key in keys { table[key, default: []].append(index) }
    }
    articlesByKey = table
  }

  /// The keys a name is found by: all its folded words together, and each word.
  private static func keys(of name: String) -> [String] {
    let words = FoldedText.words(name)
    return words.isEmpty ? [] : [words.joined(separator: " ")] + words
  }

  /// The articles (ascending) mentioning an entity called `name`.
  func articles(mentioning name: String) -> [Int] {
    articlesByKey[FoldedText.words(name).joined(separator: " ")] ?? []
  }
}
