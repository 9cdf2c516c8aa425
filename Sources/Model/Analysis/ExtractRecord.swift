import Foundation

/// One line of `reader extract`: an article with everything the language engine found in it.
public struct ExtractRecord: Sendable, Hashable, Codable {
  public var id: String
  public var path: String
  public var item: Int?
  public var title: String
  /// ISO 8601, or nil when the source gives no date.
  public var date: String?
  public var text: String
  public var entities: [Entity]
  public var quotes: [Quote]

  public init(article: Article, analysis: Analysis) {
    id = article.id
    path = article.path
    item = article.item
    title = article.title
    date = article.date.map { $0.formatted(.iso8601) }
    text = article.text
    entities = analysis.entities
    quotes = analysis.quotes
  }

  enum CodingKeys: String, CodingKey {
    case id, path, item, title, date, text, entities, quotes
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(path, forKey: .path)
    try c.encode(item, forKey: .item)
    try c.encode(title, forKey: .title)
    try c.encode(date, forKey: .date)
    try c.encode(text, forKey: .text)
    try c.encode(entities, forKey: .entities)
    try c.encode(quotes, forKey: .quotes)
  }
}
