/// A filter applied to a corpus: the articles that pass, in corpus order, and within each the
/// quotes that pass (all of them unless the filter names speakers).
public struct Selection: Sendable {
  /// One article of the selection and its selected quotes.
  public struct Item: Sendable {
    /// Index of the article in `Corpus.articles`.
    public let articleIndex: Int
    public let article: AnalysedArticle
    /// Indices into `article.analysis.quotes`, ascending.
    public let quoteIndices: [Int]

    public var quotes: [Quote] {
      quoteIndices.map { article.analysis.quotes[$0] }
    }
  }

  public let filter: Filter
  /// The filter in words ("speaker: Jay Carney", or "all articles").
  public let description: String
  public let items: [Item]
  public let quoteCount: Int
  /// Size of the whole corpus, for "1 of 2 articles".
  public let corpusArticleCount: Int
  public let corpusQuoteCount: Int

  public var articleCount: Int { items.count }

  /// "3 quotes from 1 article".
  public var summary: String {
    Self.count(quoteCount, "quote") + " from " + Self.count(articleCount, "article")
  }

  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)" + (number == 1 ? "" : "s")
  }
}
