/// Identifies a speaker of a corpus: built from the speaker's type and folded canonical name
/// ("person:john kerry", "unnamed:senior state department official"), so the same corpus
/// always gives the same ids and a rebuilt corpus keeps them while the canonical name holds.
public struct SpeakerID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let rawValue: String

  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  public static func < (lhs: SpeakerID, rhs: SpeakerID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// One real person or organisation quoted somewhere in a corpus, with every article's way of
/// naming them merged ("Kerry", "John Kerry", "J. Kerry"); or, for quotes whose source is not
/// named, one description shared by them ("senior State Department official").
public struct CorpusSpeaker: Sendable, Hashable, Identifiable {
  public let id: SpeakerID
  /// The fullest, most frequent form of the name (for unnamed speakers: the description).
  public let name: String
  /// Every other form of the name seen in the corpus, sorted.
  public let aliases: [String]
  public let type: EntityType
  /// The most frequent role; when roles are equally frequent, the latest one.
  public let role: String?
  public let quoteCount: Int
  public let articleCount: Int
  /// True when the quotes' source is described rather than named.
  public let isUnnamed: Bool

  public init(
    id: SpeakerID, name: String, aliases: [String], type: EntityType, role: String?,
    quoteCount: Int, articleCount: Int, isUnnamed: Bool
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.type = type
    self.role = role
    self.quoteCount = quoteCount
    self.articleCount = articleCount
    self.isUnnamed = isUnnamed
  }

  /// "Jay Carney, White House spokesman", or just the name when the role is unknown.
  public var nameWithRole: String {
    guard let role, !role.isEmpty else { return name }
    return name + ", " + role
  }
}
