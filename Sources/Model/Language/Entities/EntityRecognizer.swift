/// The named-entity half of the language engine: people, organisations, places and groups, with
/// merged mentions and people's roles.
///
/// API summary (for the quote layer and the UI):
/// - `EntityRecognizer.recognize(_ document: Document) -> EntityAnalysis` — one call per article,
///   on the `Document` built once from it (`Document(article:)`).
/// - `EntityAnalysis.entities`: `[Entity]` in order of first mention, ids "e1", "e2", …; each has
///   the fullest name, type, role (people only: "Secretary of State", "former Pentagon chief")
///   and mentions (scalar offsets, text equal to the article's text there).
/// - `EntityAnalysis.genders[i]`: the gender of `entities[i]` from titles (Mr./Mrs./Ms., King,
///   spokeswoman…) or the given name; `.unknown` for non-people and unknown names.
/// - `EntityAnalysis.entityIndex(atToken:)`: the index into `entities` of the entity a token is
///   part of (name tokens only, not titles), or nil; `mentionTokens[i]` gives each entity's
///   mentions as token ranges.
/// - `Gender.of(givenName:)` and `Gender.of(title:)` look up a single word.
///
/// How it works, each step one linear pass with hash lookups: `MentionFinder` cuts sentences
/// into runs of capitalised tokens and `RunClassifier` types them (lists, head nouns, titles,
/// name shapes); `Propagation` applies document-level evidence to single words; `MentionMerger`
/// groups mentions into entities; `RoleFinder` reads each person's role.
public enum EntityRecognizer {
  public static func recognize(_ document: Document) -> EntityAnalysis {
    let traits = NameTraits(document: document, lexicon: Lexicon.shared)
    let found = MentionFinder(traits: traits).find()
    let spans = Propagation(traits: traits).apply(spans: found.spans, loose: found.loose)
    let groups = MentionMerger(traits: traits).merge(spans)
    let roleFinder = RoleFinder(traits: traits)

    let ordered = groups.sorted { ($0.positions.min() ?? 0) < ($1.positions.min() ?? 0) }
    var entities: [Entity] = []
    var genders: [Gender] = []
    var mentionTokens: [[Range<Int>]] = []
    var tokenEntity = [Int32](repeating: -1, count: document.tokens.count)
    for group in ordered {
      let spans = group.spans.sorted { $0.name.lowerBound < $1.name.lowerBound }
      let index = entities.count
      var fullest = spans[0].name
      for span in spans where span.name.count > fullest.count { fullest = span.name }
      var role: Range<Int>?
      if group.type == .person {
        for span in spans {
          for candidate in roleFinder.roles(of: span)
          where candidate.count > (role?.count ?? 0) && candidate.count <= 10 {
            role = candidate
          }
        }
      }
      let mentions = spans.map { span in
        Mention(
          start: document.tokens[span.name.lowerBound].start,
          end: document.tokens[span.name.upperBound - 1].end,
          text: document.string(tokens: span.name))
      }
      for span in spans {
        for k in span.name { tokenEntity[k] = Int32(index) }
      }
      entities.append(
        Entity(
          id: "e\(index + 1)", name: singleLine(document.string(tokens: fullest)),
          type: group.type, role: role.map { singleLine(document.string(tokens: $0)) },
          mentions: mentions))
      genders.append(
        group.type == .person ? gender(spans, fullest: fullest, traits: traits) : .unknown)
      mentionTokens.append(spans.map(\.name))
    }
    return EntityAnalysis(
      entities: entities, genders: genders, mentionTokens: mentionTokens,
      tokenEntity: tokenEntity)
  }

  /// Titles first (Mr., Queen, spokeswoman), then the given name of the fullest form.
  private static func gender(_ spans: [Span], fullest: Range<Int>, traits: NameTraits)
    -> Gender
  {
    for span in spans {
      // The title words and the word before them ("spokeswoman Jane Roe", "Mrs. Roe").
      let from = max((span.title?.lowerBound ?? span.name.lowerBound) - 1, 0)
      for t in from..<span.name.lowerBound {
        let gender = Gender.of(title: traits.bare(t))
        if gender != .unknown { return gender }
      }
    }
    guard fullest.count >= 2 else { return .unknown }
    return traits.lexicon.given[traits.bare(fullest.lowerBound)] ?? .unknown
  }

  private static func singleLine(_ text: String) -> String {
    // Scalars, not Characters (a line break is always a grapheme of its own), as
    // `Character.isNewline` counts them.
    let isNewline = { (c: Unicode.Scalar) in
      switch c.value {
      case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
      default: false
      }
    }
    guard text.unicodeScalars.contains(where: isNewline) else { return text }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

/// What the recogniser found in one document: the entities and how tokens map onto them.
public struct EntityAnalysis: Sendable {
  public let entities: [Entity]
  /// The gender of each entity (parallel to `entities`).
  public let genders: [Gender]
  /// The token ranges of each entity's mentions (parallel to `entities`).
  public let mentionTokens: [[Range<Int>]]
  /// For each document token, the index of its entity, or -1.
  let tokenEntity: [Int32]

  /// The index into `entities` of the entity whose mention holds token `k`, if any.
  public func entityIndex(atToken k: Int) -> Int? {
    guard k >= 0, k < tokenEntity.count, tokenEntity[k] >= 0 else { return nil }
    return Int(tokenEntity[k])
  }
}
