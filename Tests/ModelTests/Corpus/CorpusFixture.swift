import Foundation

@testable import Model

/// Builds hand-made analysed articles for corpus and export tests: the text is the title and
/// the paragraphs; entities and quotes are placed at the offsets where their text occurs.
struct CorpusFixture {
  /// A named entity of the article: its fullest name and the other forms it is mentioned by.
  struct Named {
    var name: String
    var type: EntityType = .person
    var role: String? = nil
    var forms: [String] = []
  }

  /// A quote of the article; `speaker` is an entity's name, or a description of an unnamed
  /// source, or nil for no speaker.
  struct Said {
    var text: String
    var speaker: String?
    var kind: QuoteKind = .direct
    var role: String? = nil
  }

  var path: String
  var title: String
  var paragraphs: [String]
  var date: Date? = nil
  var entities: [Named] = []
  var quotes: [Said] = []

  func build() -> AnalysedArticle {
    let text = ([title] + paragraphs).joined(separator: "\n\n")
    let scalars = Array(text.unicodeScalars)
    var blocks: [Paragraph] = []
    var start = 0
    for (index, block) in ([title] + paragraphs).enumerated() {
      let end = start + block.unicodeScalars.count
      blocks.append(Paragraph(start: start, end: end, kind: index == 0 ? .title : .body))
      start = end + 2
    }
    let article = Article(
      path: path, title: title, date: date, text: text, paragraphs: blocks)
    let entityValues = entities.enumerated().map { index, named in
      let mentions = ([named.name] + named.forms).compactMap { form in
        Self.offset(of: form, in: scalars).map {
          Mention(start: $0, end: $0 + form.unicodeScalars.count, text: form)
        }
      }
      return Entity(
        id: "e\(index + 1)", name: named.name, type: named.type, role: named.role,
        mentions: mentions)
    }
    let quoteValues = quotes.enumerated().map { index, said in
      let start = Self.offset(of: said.text, in: scalars) ?? 0
      let speaker = said.speaker.map { name in
        let entity = entityValues.first { $0.name == name }
        return Speaker(
          name: name, type: entity?.type ?? .person, role: said.role ?? entity?.role,
          entity: entity?.id, mention: nil)
      }
      return Quote(
        id: "q\(index + 1)", text: said.text, kind: said.kind, start: start,
        end: start + said.text.unicodeScalars.count, cue: "said", speaker: speaker)
    }
    return AnalysedArticle(
      article: article, analysis: Analysis(entities: entityValues, quotes: quoteValues))
  }

  /// The scalar offset of the first occurrence of `needle`.
  static func offset(of needle: String, in scalars: [Unicode.Scalar]) -> Int? {
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
    return (0...(scalars.count - pattern.count)).first { start in
      scalars[start..<(start + pattern.count)].elementsEqual(pattern)
    }
  }

  /// An article in which `speaker` (an entity with the given forms) says one thing.
  static func quoting(
    _ speaker: String, forms: [String] = [], role: String? = nil, path: String,
    date: Date? = nil, words: String = "We will talk."
  ) -> AnalysedArticle {
    CorpusFixture(
      path: path, title: "About " + path,
      paragraphs: ["\(([speaker] + forms).joined(separator: " and ")) said: \"\(words)\""],
      date: date, entities: [Named(name: speaker, role: role, forms: forms)],
      quotes: [Said(text: words, speaker: speaker)]
    ).build()
  }
}
