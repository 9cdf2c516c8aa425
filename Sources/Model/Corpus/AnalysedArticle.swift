/// An article together with what the language engine found in it: the unit a corpus is built of.
public struct AnalysedArticle: Sendable, Hashable, Identifiable {
  public let article: Article
  public let analysis: Analysis

  public init(article: Article, analysis: Analysis) {
    self.article = article
    self.analysis = analysis
  }

  /// The article's stable id (`Article.id`).
  public var id: String { article.id }
}
