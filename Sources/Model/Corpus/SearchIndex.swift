/// Each article's title and text, folded once when the corpus is built, for searching.
struct SearchIndex: Sendable {
  private let texts: [[UInt8]]

  init(_ articles: [AnalysedArticle]) {
    var folder = FoldedText.Folder()
    texts = articles.map { Array(folder.fold($0.article.title + "\n" + $0.article.text).utf8) }
  }

  /// The articles (ascending) whose title or text contains `query`.
  func articles(containing query: String) -> [Int] {
    let needle = Array(FoldedText.fold(query).utf8)
    guard !needle.isEmpty else { return Array(texts.indices) }
    return texts.indices.filter { Self.contains(texts[$0], needle) }
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}
