import Foundation
import Testing

@testable import Model

/// A corpus of articles whose analyses are kept encoded indexes exactly as one of decoded
/// analyses: speakers, quote owners, entity and text filters.
@Suite struct EncodedCorpusTests {
  static func encoded(_ item: AnalysedArticle) throws -> AnalysedArticle {
    AnalysedArticle(
      article: item.article, encoded: try JSONEncoder().encode(item.analysis),
      quoteCount: item.quoteCount,
      decode: {
        (try? JSONDecoder().decode(Analysis.self, from: $0)) ?? Analysis(entities: [], quotes: [])
      })
  }

  @Test func encodedAnalysesGiveTheSameIndexes() throws {
    let decoded = NewsFixture.corpus()
    let encoded = Corpus(try decoded.articles.map(Self.encoded))
    #expect(encoded.speakers.speakers == decoded.speakers.speakers)
    for (article, item) in decoded.articles.enumerated() {
      for quote in 0..<item.quoteCount {
        #expect(
          encoded.speakers.speaker(ofQuote: quote, inArticle: article)
            == decoded.speakers.speaker(ofQuote: quote, inArticle: article))
      }
    }
    let filters = [
      Filter(mentions: "Putin"), Filter(mentions: "kremlin"), Filter(search: "rain"),
      Filter(search: "russia's oldest"), Filter(speakers: Set(decoded.speakers.speakers.map(\.id))),
    ]
    for filter in filters {
      let (a, b) = (encoded.select(filter), decoded.select(filter))
      #expect(a.items.map(\.articleIndex) == b.items.map(\.articleIndex))
      #expect(a.items.map(\.quoteIndices) == b.items.map(\.quoteIndices))
    }
  }
}
