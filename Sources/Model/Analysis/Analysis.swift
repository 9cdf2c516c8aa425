/// What the language engine finds in one article: its named entities and its quotations.
public struct Analysis: Sendable, Hashable, Codable {
  public var entities: [Entity]
  public var quotes: [Quote]

  public init(entities: [Entity], quotes: [Quote]) {
    self.entities = entities
    self.quotes = quotes
  }
}
