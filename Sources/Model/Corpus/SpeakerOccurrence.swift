import Foundation

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
  let isNamed: Bool

  /// Every quote of every article that has a speaker.
  static func all(in articles: [AnalysedArticle]) -> [SpeakerOccurrence] {
    var occurrences: [SpeakerOccurrence] = []
    for (articleIndex, item) in articles.enumerated() {
      var entities: [String: Entity] = [:]
      for entity in item.analysis.entities { entities[entity.id] = entity }
      for (quoteIndex, quote) in item.analysis.quotes.enumerated() {
        guard let speaker = quote.speaker else { continue }
        let entity = speaker.entity.flatMap { entities[$0] }
        let name = entity?.name ?? speaker.name
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
        var forms = [speaker.name]
        if let entity {
          forms.append(entity.name)
          forms += entity.mentions.map(\.text).filter { $0.first?.isUppercase == true }
        }
        occurrences.append(
          SpeakerOccurrence(
            article: articleIndex, quote: quoteIndex, name: name, type: speaker.type,
            role: nonEmpty(speaker.role) ?? nonEmpty(entity?.role), forms: forms,
            isNamed: entity != nil || looksLikeName(name)))
      }
    }
    return occurrences
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    return text
  }

  /// A name rather than a description: every word capitalised ("Jay Carney", not "an aide").
  private static func looksLikeName(_ text: String) -> Bool {
    let words = text.split(whereSeparator: \.isWhitespace)
    return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true }
  }
}
