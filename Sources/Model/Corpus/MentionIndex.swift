/// Which articles mention which entities, by folded name: each entity's full name, every
/// mention's text, and every word of those ("putin" finds "Vladimir Putin").
struct MentionIndex: Sendable {
  private let articlesByKey: [String: [Int]]

  init(_ articles: [AnalysedArticle]) {
    var names = WordTable()
    /// Per distinct name (numbered by `names`): the numbers of its keys.
    var keysOfName: [[Int32]] = []
    var keyNumbers: [String: Int32] = [:]
    var postings: [[Int]] = []
    /// Per key: the last article added to its postings.
    var lastArticle: [Int] = []
    func add(_ name: String, article: Int) {
      var name = name
      guard !name.isEmpty else { return }
      let id = name.withUTF8 { names.id(of: UnsafeRawBufferPointer($0)) }
      if id == keysOfName.count {
        keysOfName.append(
          Self.keys(of: name).map { key in
            if let known = keyNumbers[key] { return known }
            keyNumbers[key] = Int32(postings.count)
            postings.append([])
            lastArticle.append(-1)
            return Int32(postings.count - 1)
          })
      }
      for key in keysOfName[id] where lastArticle[Int(key)] != article {
        lastArticle[Int(key)] = article
        postings[Int(key)].append(article)
      }
    }
    for (index, item) in articles.enumerated() {
      for entity in item.analysis.entities {
        add(entity.name, article: index)
        for mention in entity.mentions { add(mention.text, article: index) }
      }
    }
    articlesByKey = keyNumbers.mapValues { postings[Int($0)] }
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
