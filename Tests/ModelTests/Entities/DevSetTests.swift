import Foundation
import Testing

@testable import Model

/// Scores the recogniser's people on the hand-written development set in `Tests/DevSet`, with the
/// matching rules of the shared scorer (names compared by their lower-case ASCII words; a
/// one-word gold name is met by a fuller name ending with it).
@Suite struct DevSetTests {
  private struct Gold: Decodable {
    struct Article: Decodable {
      var file: String
      var persons: [String]
      var optionalPersons: [String]?

      enum CodingKeys: String, CodingKey {
        case file, persons
        case optionalPersons = "optional_persons"
      }
    }
    var articles: [Article]
  }

  private static func matches(_ predicted: String, _ gold: String) -> Bool {
    let p = DevSet.words(predicted)
    let g = DevSet.words(gold)
    guard !p.isEmpty, !g.isEmpty else { return false }
    return p == g || (g.count == 1 && p.count > 1 && p.last == g[0])
  }

  @Test func personF1IsAtLeastNinetyPercent() throws {
    let gold = try DevSet.gold("entities.gold.json", as: Gold.self)
    #expect(gold.articles.count >= 12)
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    for article in gold.articles {
      let names = try DevSet.analysis(of: article.file).entities.filter { $0.type == .person }.map(
        \.name)
      var found = Set<String>()
      for name in names {
        if let hit = article.persons.first(where: { Self.matches(name, $0) }) {
          if found.contains(hit) { falsePositives += 1 } else { found.insert(hit) }
        } else if !(article.optionalPersons ?? []).contains(where: { Self.matches(name, $0) }) {
          falsePositives += 1
        }
      }
      truePositives += found.count
      falseNegatives += article.persons.count - found.count
    }
    let precision = Double(truePositives) / Double(max(truePositives + falsePositives, 1))
    let recall = Double(truePositives) / Double(max(truePositives + falseNegatives, 1))
    let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    #expect(f1 >= 0.90, "person precision \(precision), recall \(recall), F1 \(f1)")
  }
}
