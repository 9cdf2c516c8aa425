import Foundation

/// The JSON export: one object with the header facts and the selected articles, each with the
/// field names of `reader extract` (its `quotes` being the selected ones, `text` only when
/// asked for). Keys are sorted and the output indented, so it is deterministic.
enum JSONExport {
  /// The top-level object.
  struct Document: Encodable {
    let exported: String
    let filter: String
    let counts: Counts
    let articles: [Article]
  }

  /// How much was selected, out of how much.
  struct Counts: Encodable {
    let articles: Int
    let quotes: Int
    let corpusArticles: Int
    let corpusQuotes: Int

    enum CodingKeys: String, CodingKey {
      case articles, quotes
      case corpusArticles = "corpus_articles"
      case corpusQuotes = "corpus_quotes"
    }
  }

  /// One selected article: `reader extract`'s record, the text left out unless asked for.
  struct Article: Encodable {
    let record: ExtractRecord
    let withText: Bool

    enum CodingKeys: String, CodingKey {
      case id, path, item, title, date, text, entities, quotes
    }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(record.id, forKey: .id)
      try c.encode(record.path, forKey: .path)
      try c.encode(record.item, forKey: .item)
      try c.encode(record.title, forKey: .title)
      try c.encode(record.date, forKey: .date)
      if withText { try c.encode(record.text, forKey: .text) }
      try c.encode(record.entities, forKey: .entities)
      try c.encode(record.quotes, forKey: .quotes)
    }
  }

  static func render(_ document: ExportDocument) -> String {
    let selection = document.selection
    let value = Document(
      exported: document.exportedAt, filter: document.filter,
      counts: Counts(
        articles: selection.articleCount, quotes: selection.quoteCount,
        corpusArticles: selection.corpusArticleCount, corpusQuotes: selection.corpusQuoteCount),
      articles: document.articles.map { Article(record: $0.record, withText: document.withText) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
