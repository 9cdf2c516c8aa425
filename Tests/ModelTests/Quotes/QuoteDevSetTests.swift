import Foundation
import Testing

@testable import Model

/// Scores the engine on the quote development set (`Tests/DevSet`), as `score.py` does: a gold
/// quote is found when an extracted quote's text contains its snippet (quote marks, case and
/// white space ignored); its speaker is right when a containing quote's speaker name equals an
/// accepted name (or holds the word after "~"); every other extracted quote is an extra.
@Suite struct QuoteDevSetTests {
  private struct Gold: Decodable {
    struct Article: Decodable {
      var file: String
      var quotes: [GoldQuote]
      var negatives: [String]?
    }
    struct GoldQuote: Decodable {
      var snippet: String
      var speaker: [String]
    }
    var articles: [Article]
  }

  @Test func recallPrecisionAndSpeakersAboveThresholds() throws {
    let gold = try DevSet.gold("quotes.gold.json", as: Gold.self)
    var total = 0
    var found = 0
    var right = 0
    var extra = 0
    for entry in gold.articles {
      let quotes = try DevSet.analysis(of: entry.file).quotes
      var matched = Set<Int>()
      for goldQuote in entry.quotes {
        total += 1
        let snippet = Self.normalised(goldQuote.snippet)
        let hits = quotes.indices.filter { Self.normalised(quotes[$0].text).contains(snippet) }
        guard !hits.isEmpty else { continue }
        found += 1
        matched.formUnion(hits)
        if hits.contains(where: { Self.speakerMatches(quotes[$0].speaker?.name, goldQuote.speaker) }
        ) {
          right += 1
        }
      }
      extra += quotes.count - matched.count
    }
    let recall = Double(found) / Double(total)
    let precision = Double(found) / Double(found + extra)
    let speakers = Double(right) / Double(total)
    #expect(total >= 60)
    #expect(recall >= 0.95)
    #expect(precision >= 0.9)
    #expect(speakers >= 0.9)
  }

  /// Lower case, quotation marks removed, white space folded.
  private static func normalised(_ text: String) -> String {
    let marks: Set<Character> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
    let kept = text.precomposedStringWithCompatibilityMapping.lowercased().filter {
      !marks.contains($0)
    }
    return kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private static func speakerMatches(_ name: String?, _ accepted: [String]) -> Bool {
    guard let name, !DevSet.words(name).isEmpty else { return false }
    let predicted = DevSet.words(name)
    return accepted.contains { candidate in
      candidate.hasPrefix("~")
        ? predicted.contains(candidate.dropFirst().lowercased())
        : predicted == DevSet.words(candidate)
    }
  }
}
