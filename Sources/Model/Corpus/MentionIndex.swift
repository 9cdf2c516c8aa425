/// Which articles mention which entities, by folded name: each entity's full name, every
/// mention's text, and every word of those ("putin" finds "Vladimir Putin").
struct MentionIndex: Sendable {
  private let articlesByKey: [String: [Int]]

  /// Collects the names of the articles' entities, one article at a time.
  struct Builder {
    /// Every distinct name, numbered.
    private var names = WordTable()
    /// Per distinct name (numbered by `names`): the numbers of its keys.
    private var keysOfName: [[Int32]] = []
    private var keyNumbers: [String: Int32] = [:]
    private var postings: [[Int]] = []
    /// Per key: the last article added to its postings.
    private var lastArticle: [Int] = []

    /// Adds the entities of the analysis of the article at position `article`.
    mutating func add(_ analysis: Analysis, article: Int) {
      for entity in analysis.entities {
        add(entity.name, article: article)
        for mention in entity.mentions { add(mention.text, article: article) }
      }
    }

    var index: MentionIndex {
      MentionIndex(articlesByKey: keyNumbers.mapValues { postings[Int($0)] })
    }

    private mutating func add(_ name: String, article: Int) {
      var name = name
      guard !name.isEmpty else { return }
      let id = name.withUTF8 { names.id(of: UnsafeRawBufferPointer($0)) }
      if id == keysOfName.count {
        keysOfName.append(MentionIndex.keys(of: name).map { number($0) })
      }
      for key in keysOfName[id] where lastArticle[Int(key)] != article {
        lastArticle[Int(key)] = article
        postings[Int(key)].append(article)
      }
    }

    /// The number of a key, adding it when new.
    private mutating func number(_ key: String) -> Int32 {
      if let known = keyNumbers[key] { return known }
      keyNumbers[key] = Int32(postings.count)
      postings.append([])
      lastArticle.append(-1)
      return Int32(postings.count - 1)
    }
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
