/// A filter applied to a corpus: the articles that pass, in corpus order, and within each the
/// quotes that pass (all of them unless the filter names speakers).
public struct Selection: Sendable {
  /// One article of the selection and its selected quotes. Cheap to make: it shares the
  /// corpus's article array and keeps quote indices only when the filter picks some quotes.
  public struct Item: Sendable {
    /// Index of the article in `Corpus.articles`.
    public let articleIndex: Int
    /// How many of the article's quotes are selected.
    public let quoteCount: Int
    private let articles: [AnalysedArticle]
    /// The selected quotes, or nil for all of them.
    private let selectedQuotes: [Int]?

    init(articleIndex: Int, articles: [AnalysedArticle], selectedQuotes: [Int]?, quoteCount: Int) {
      self.articleIndex = articleIndex
      self.articles = articles
      self.selectedQuotes = selectedQuotes
      self.quoteCount = quoteCount
    }

    public var article: AnalysedArticle { articles[articleIndex] }

    /// Indices into `article.analysis.quotes`, ascending.
    public var quoteIndices: [Int] {
      selectedQuotes ?? Array(0..<article.quoteCount)
    }

    public var quotes: [Quote] {
      let all = article.analysis.quotes
      return selectedQuotes?.map { all[$0] } ?? all
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
