import Model

/// The current article laid out for its pane, kept in the state so that it is built once per
/// change of what it depends on (article, width, speaker filter, search), not once per key.
struct ArticleLayout: Sendable {
  /// What the lines depend on.
  struct Key: Equatable, Sendable {
    var article: String?
    /// The corpus size: a fuller corpus may merge speakers differently.
    var articles: Int
    var width: Int
    var speakers: Set<SpeakerID>
    var query: String
  }

  var key: Key?
  var lines: [WrappedLine] = []
}

extension ReaderState {
  private var articleLayoutKey: ArticleLayout.Key {
    ArticleLayout.Key(
      article: currentArticle?.id, articles: corpus.articles.count, width: articleTextWidth,
      speakers: speakerFilter,
      query: searchQuery)
  }

  /// The current article's lines: the kept ones when still valid, else laid out now.
  var articleLines: [WrappedLine] {
    articleLayout.key == articleLayoutKey
      ? articleLayout.lines : ArticleLines.build(self, width: articleTextWidth)
  }

  /// Lays the current article out again if what it depends on changed; returns its lines.
  @discardableResult
  mutating func layOutArticle() -> [WrappedLine] {
    let key = articleLayoutKey
    if articleLayout.key != key {
      articleLayout = ArticleLayout(
        key: key, lines: ArticleLines.build(self, width: articleTextWidth))
    }
    return articleLayout.lines
  }
}
