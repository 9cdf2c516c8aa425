/// One quote's speaker as an article names it, the raw material the speaker index merges.
struct SpeakerOccurrence {
  let article: Int
  let quote: Int
  /// The fullest name the article gives (the resolved entity's name), or the description.
  let name: String
  let type: EntityType
  let role: String?
  /// Other forms of the name in the article: the attribution and the entity's name mentions.
  let forms: [String]
  /// Whether the attribution resolves to an entity of the article; otherwise the speaker is a
  /// description of an unnamed source ("Critics", "a senior official").
  let isNamed: Bool

  /// Every quote of every article that has a speaker.
  static func all(in articles: [AnalysedArticle]) -> [SpeakerOccurrence] {
    var occurrences: [SpeakerOccurrence] = []
    for (articleIndex, item) in articles.enumerated() {
      var entities: [String: (entity: Entity, forms: [String])] = [:]
      for entity in item.analysis.entities {
        let mentions = Set(entity.mentions.map(\.text)).filter { $0.first?.isUppercase == true }
        entities[entity.id] = (entity, [entity.name] + mentions.sorted())
      }
      for (quoteIndex, quote) in item.analysis.quotes.enumerated() {
        guard let speaker = quote.speaker else { continue }
        let resolved = speaker.entity.flatMap { entities[$0] }
        let name = resolved?.entity.name ?? speaker.name
        guard !isBlank(name) else { continue }
        occurrences.append(
          SpeakerOccurrence(
            article: articleIndex, quote: quoteIndex, name: name, type: speaker.type,
            role: nonBlank(speaker.role) ?? nonBlank(resolved?.entity.role),
            forms: [speaker.name] + (resolved?.forms ?? []),
            isNamed: resolved != nil))
      }
    }
    return occurrences
  }

  private static func isBlank(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }

  private static func nonBlank(_ text: String?) -> String? {
    guard let text, !isBlank(text) else { return nil }
    return text
  }
}
