/// How a quotation is reported: in the speaker's words, paraphrased, or paraphrase with quoted words.
public enum QuoteKind: String, Sendable, Hashable, Codable {
  case direct
  case indirect
  case mixed
}

/// Who a quotation is attributed to, as named in the attribution.
public struct Speaker: Sendable, Hashable, Codable {
  /// The resolved name ("Jay Carney"), or the description of an unnamed source.
  public var name: String
  public var type: EntityType
  public var role: String?
  /// The id of the article entity this speaker resolves to, if any.
  public var entity: String?
  /// Where the speaker is named in the attribution ("Carney", "he", "the spokesman").
  public var mention: Mention?

  public init(
    name: String, type: EntityType, role: String?, entity: String?, mention: Mention?
  ) {
    self.name = name
    self.type = type
    self.role = role
    self.entity = entity
    self.mention = mention
  }

  enum CodingKeys: String, CodingKey {
    case name, type, role, entity, mention
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(type, forKey: .type)
    try c.encode(role, forKey: .role)
    try c.encode(entity, forKey: .entity)
    try c.encode(mention, forKey: .mention)
  }
}

/// One quotation found in an article: its words (scalar offsets into the text) and its speaker.
public struct Quote: Sendable, Hashable, Codable, Identifiable {
  /// Identifier unique within its article ("q1", "q2", …).
  public var id: String
  public var text: String
  public var kind: QuoteKind
  public var start: Int
  public var end: Int
  /// The reporting cue ("said", "according to", ":"), if any.
  public var cue: String?
  public var speaker: Speaker?

  public init(
    id: String, text: String, kind: QuoteKind, start: Int, end: Int, cue: String?,
    speaker: Speaker?
  ) {
    self.id = id
    self.text = text
    self.kind = kind
    self.start = start
    self.end = end
    self.cue = cue
    self.speaker = speaker
  }

  enum CodingKeys: String, CodingKey {
    case id, text, kind, start, end, cue, speaker
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(text, forKey: .text)
    try c.encode(kind, forKey: .kind)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encode(cue, forKey: .cue)
    try c.encode(speaker, forKey: .speaker)
  }
}
