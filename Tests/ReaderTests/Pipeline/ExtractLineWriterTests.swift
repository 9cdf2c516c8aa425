import Foundation
import Model
import Testing

@testable import Reader

@Suite struct ExtractLineWriterTests {
  /// What `reader extract` wrote with `JSONEncoder`, the reference for the writer.
  func encoded(_ record: ExtractRecord) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(record)) + [UInt8(ascii: "\n")]
  }

  func written(_ record: ExtractRecord) -> [UInt8] {
    var writer = ExtractLineWriter()
    writer.write(record)
    return writer.bytes
  }

  @Test func everyControlCharacterAndSymbolIsEscapedAsTheEncoderDoes() throws {
    let awkward =
      String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
      + "é ‘q’ “x” \u{2028}\u{2029}\u{FEFF} 😀 a/b \\ \""
    let article = PlainTextParser.parse(text: "Title\n\n" + awkward, path: "dir/a \"b\".txt")
    let mention = Mention(start: 0, end: 5, text: awkward)
    let analysis = Analysis(
      entities: [
        Entity(id: "e1", name: awkward, type: .person, role: nil, mentions: [mention]),
        Entity(id: "e2", name: "Org", type: .organisation, role: "a/b", mentions: []),
      ],
      quotes: [
        Quote(
          id: "q1", text: awkward, kind: .direct, start: 3, end: 9, cue: "said",
          speaker: Speaker(
            name: "X", type: .person, role: nil, entity: "e1", mention: mention)),
        Quote(id: "q2", text: "", kind: .indirect, start: 0, end: 0, cue: nil, speaker: nil),
      ])
    let record = ExtractRecord(article: article, analysis: analysis)
    #expect(written(record) == (try encoded(record)))
  }

  @Test func generatedArticlesMatchTheEncoder() throws {
    for index in 0..<5 {
      let text = SyntheticCorpus.article(index, seed: 11)
      let article = PlainTextParser.parse(text: text, path: "corpus/\(index).txt")
      let record = ExtractRecord(article: article, analysis: Analyzer.analyze(article))
      #expect(written(record) == (try encoded(record)))
    }
  }
}
