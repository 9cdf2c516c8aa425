/// The kinds of named entity the language engine recognises.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
  case person = "PERSON"
  case organisation = "ORG"
  /// Countries, cities and states.
  case geopolitical = "GPE"
  /// Other places: regions, physical features.
  case location = "LOC"
  /// Nationalities, religious and political groups.
  case group = "NORP"
}

/// Where a name occurs in an article's text (scalar offsets, `end` exclusive).
public struct Mention: Sendable, Hashable, Codable {
  public var start: Int
  public var end: Int
  public var text: String

  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }
}

/// One person, organisation, place or group in an article, with every mention of it merged.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
  /// Identifier unique within its article ("e1", "e2", …).
  public var id: String
  /// The fullest form of the name in the article.
  public var name: String
  public var type: EntityType
  /// The role or title, without the name ("Secretary of State", "former Pentagon chief").
  public var role: String?
  public var mentions: [Mention]

  public init(id: String, name: String, type: EntityType, role: String?, mentions: [Mention]) {
    self.id = id
    self.name = name
    self.type = type
    self.role = role
    self.mentions = mentions
  }

  enum CodingKeys: String, CodingKey {
    case id, name, type, role, mentions
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(type, forKey: .type)
    try c.encode(role, forKey: .role)
    try c.encode(mentions, forKey: .mentions)
  }
}
