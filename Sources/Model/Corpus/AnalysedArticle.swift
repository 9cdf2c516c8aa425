import Foundation

/// An article together with what the language engine found in it: the unit a corpus is built of.
///
/// A value type whose contents live in one shared immutable box, so copying it into a
/// selection costs one reference count instead of one per field.
public struct AnalysedArticle: Sendable, Hashable, Identifiable {
  /// The shared contents.
  private final class Storage: Sendable {
    let article: Article
    let content: Content
    let quoteCount: Int

    init(article: Article, content: Content, quoteCount: Int) {
      self.article = article
      self.content = content
      self.quoteCount = quoteCount
    }
  }

  /// How the analysis is held: as it is, or encoded with the function that reads it back.
  private enum Content: Sendable {
    case decoded(Analysis)
    case encoded(Data, decode: @Sendable (Data) -> Analysis)
  }

  private let storage: Storage

  public init(article: Article, analysis: Analysis) {
    storage = Storage(
      article: article, content: .decoded(analysis), quoteCount: analysis.quotes.count)
  }

  /// An article whose analysis is kept encoded and read back each time it is asked for: a
  /// corpus of tens of thousands of articles then holds its analyses in a fraction of the
  /// memory, and pays a decode only for the articles it looks at.
  /// - Parameter quoteCount: how many quotes the analysis holds (known without decoding).
  public init(
    article: Article, encoded: Data, quoteCount: Int,
    decode: @escaping @Sendable (Data) -> Analysis
  ) {
    storage = Storage(
      article: article, content: .encoded(encoded, decode: decode), quoteCount: quoteCount)
  }

  public var article: Article { storage.article }

  /// The analysis (decoded afresh when it is kept encoded: read it once per use).
  public var analysis: Analysis {
    switch storage.content {
    case .decoded(let analysis): analysis
    case .encoded(let data, let decode): decode(data)
    }
  }

  /// How many quotes the analysis holds, without decoding it.
  public var quoteCount: Int { storage.quoteCount }

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
