/// An article together with what the language engine found in it: the unit a corpus is built of.
///
/// A value type whose contents live in one shared immutable box, so copying it into a
/// selection costs one reference count instead of one per field.
public struct AnalysedArticle: Sendable, Hashable, Identifiable {
  /// The shared contents.
  private final class Storage: Sendable {
    let article: Article
    let analysis: Analysis

    init(article: Article, analysis: Analysis) {
      self.article = article
      self.analysis = analysis
    }
  }

  private let storage: Storage

  public init(article: Article, analysis: Analysis) {
    storage = Storage(article: article, analysis: analysis)
  }

  public var article: Article { storage.article }
  public var analysis: Analysis { storage.analysis }

  /// The article's stable id (`Article.id`).
  public var id: String { storage.article.id }

  public static func == (lhs: AnalysedArticle, rhs: AnalysedArticle) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.article == rhs.article && lhs.analysis == rhs.analysis)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(article)
    hasher.combine(analysis)
  }
}
