import Foundation
import Model

@testable import Reader

/// Small corpora for interface tests, with analyses written by hand: three articles (one with
/// a CJK title), five speakers, quotes spread over long bodies.
enum UIFixture {
  /// A quote to place in an article: its words, who said it and the word naming them.
  struct QuoteSpec {
    var text: String
    var speaker: String
    var role: String?
    var mention: String
  }

  static func corpus() -> Corpus {
    Corpus([dam(), vienna(), tokyo()])
  }

  static func state(width: Int = 160, height: Int = 45, problems: [LoadProblem] = [])
    -> ReaderState
  {
    ReaderState(corpus: corpus(), problems: problems, width: width, height: height)
  }

  static func filler(_ count: Int, topic: String) -> [String] {
    (1...count).map {
      "Paragraph \($0) on \(topic): the delegations went over the figures again, line by line,"
        + " and agreed to meet once more before the end of the month."
    }
  }

  static func dam() -> AnalysedArticle {
    article(
      path: "fixtures/001-dam.txt", title: "Talks on the river dam resume in Geneva",
      body: [
        "Negotiators from both countries met in Geneva on Monday to discuss the dam.",
        "“We are working with both sides,” Jay Carney said after the meeting.",
      ] + filler(24, topic: "the dam") + [
        "“The water belongs to everyone,” Vladimir Putin said in Moscow.",
        "Carney added: “Progress is slow but real.”",
      ],
      entities: [("Geneva", .geopolitical), ("Jay Carney", .person), ("Moscow", .geopolitical)],
      quotes: [
        QuoteSpec(
          text: "We are working with both sides", speaker: "Jay Carney",
          role: "White House spokesman", mention: "Jay Carney"),
        QuoteSpec(
          text: "The water belongs to everyone", speaker: "Vladimir Putin",
          role: "Russian President", mention: "Vladimir Putin"),
        QuoteSpec(
          text: "Progress is slow but real.", speaker: "Jay Carney",
          role: "White House spokesman", mention: "Carney"),
      ])
  }

  static func vienna() -> AnalysedArticle {
    article(
      path: "fixtures/002-vienna.txt", title: "Ministers meet in Vienna over grain exports",
      body: [
        "The foreign ministers met in Vienna, where John Kerry spoke first.",
        "“Grain must move,” John Kerry said.",
        "“We will see,” Vladimir Putin said later.",
      ] + filler(3, topic: "grain"),
      entities: [("Vienna", .geopolitical), ("John Kerry", .person), ("Vladimir Putin", .person)],
      quotes: [
        QuoteSpec(
          text: "Grain must move,", speaker: "John Kerry", role: "Secretary of State",
          mention: "John Kerry"),
        QuoteSpec(
          text: "We will see,", speaker: "Vladimir Putin", role: "Russian President",
          mention: "Vladimir Putin"),
      ])
  }

  static func tokyo() -> AnalysedArticle {
    article(
      path: "fixtures/003-tokyo.txt", title: "東京で外相会談 — 合意へ前進 🎌",
      body: [
        "Café owners in Tokyo followed the talks. 外相は「前進した」と述べた。",
        "“Nous avançons,” said Tarō Yamada.",
      ],
      entities: [("Tokyo", .geopolitical), ("Tarō Yamada", .person)],
      quotes: [
        QuoteSpec(text: "Nous avançons,", speaker: "Tarō Yamada", role: nil, mention: "Tarō Yamada")
      ])
  }

  /// An article whose text is the title and body paragraphs separated by blank lines, with
  /// entity mentions and quotes found in it by their text.
  static func article(
    path: String, title: String, body: [String], entities: [(String, EntityType)],
    quotes: [QuoteSpec]
  ) -> AnalysedArticle {
    let blocks = [title] + body
    let text = blocks.joined(separator: "\n\n")
    var paragraphs: [Paragraph] = []
    var offset = 0
    for (index, block) in blocks.enumerated() {
      let length = block.unicodeScalars.count
      paragraphs.append(
        Paragraph(start: offset, end: offset + length, kind: index == 0 ? .title : .body))
      offset += length + 2
    }
    let scalars = Array(text.unicodeScalars)
    let found = entities.enumerated().map { index, entity in
      Entity(
        id: "e\(index + 1)", name: entity.0, type: entity.1, role: nil,
        mentions: occurrences(of: entity.0, in: scalars).map {
          Mention(start: $0, end: $0 + entity.0.unicodeScalars.count, text: entity.0)
        })
    }
    let placed = quotes.enumerated().compactMap { index, spec -> Quote? in
      guard let start = occurrences(of: spec.text, in: scalars).first else { return nil }
      let end = start + spec.text.unicodeScalars.count
      let mention = occurrences(of: spec.mention, in: scalars).first { $0 >= start - 40 }.map {
        Mention(start: $0, end: $0 + spec.mention.unicodeScalars.count, text: spec.mention)
      }
      return Quote(
        id: "q\(index + 1)", text: spec.text, kind: .direct, start: start, end: end, cue: "said",
        speaker: Speaker(
          name: spec.speaker, type: .person, role: spec.role, entity: nil, mention: mention))
    }
    let article = Article(path: path, title: title, text: text, paragraphs: paragraphs)
    return AnalysedArticle(article: article, analysis: Analysis(entities: found, quotes: placed))
  }

  static func occurrences(of needle: String, in scalars: [Unicode.Scalar]) -> [Int] {
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
    return (0...(scalars.count - pattern.count)).filter {
      scalars[$0..<$0 + pattern.count].elementsEqual(pattern)
    }
  }

  /// Runs actions through the reducer at a fixed moment.
  static func run(_ state: ReaderState, _ actions: [Action]) -> ReaderState {
    actions.reduce(state) { Reducer.reduce($0, $1, now: moment) }
  }

  static let moment = Date(timeIntervalSince1970: 1_795_000_000)

  static func typing(_ text: String) -> [Action] {
    text.map { Action.type($0) }
  }
}
