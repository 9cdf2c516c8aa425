import Foundation
import Model
import Testing

@testable import Reader

@Suite struct AnalysisCodingTests {
  let analysis = Analysis(
    entities: [
      Entity(
        id: "e1", name: "Zoë Ångström", type: .person, role: "chief executive",
        mentions: [
          Mention(start: 0, end: 12, text: "Zoë Ångström"),
          Mention(start: 400, end: 404, text: "😀😀"),
        ]),
      Entity(id: "e2", name: "", type: .group, role: nil, mentions: []),
    ],
    quotes: [
      Quote(
        id: "q1", text: "We will not \"pay\".", kind: .mixed, start: 20, end: 1_000_000,
        cue: "said",
        speaker: Speaker(
          name: "Zoë", type: .person, role: nil, entity: "e1",
          mention: Mention(start: -3, end: 7, text: "she"))),
      Quote(id: "q2", text: "", kind: .indirect, start: 0, end: 0, cue: nil, speaker: nil),
    ])

  @Test func analysesRoundTrip() {
    #expect(AnalysisCoding.decode(AnalysisCoding.encode(analysis)) == analysis)
    let empty = Analysis(entities: [], quotes: [])
    #expect(AnalysisCoding.decode(AnalysisCoding.encode(empty)) == empty)
  }

  @Test func generatedArticlesRoundTripThroughTheEngine() {
    for index in 0..<5 {
      let article = PlainTextParser.parse(
        text: SyntheticCorpus.article(index, seed: 2), path: "\(index).txt")
      let result = Analyzer.analyze(article)
      #expect(AnalysisCoding.decode(AnalysisCoding.encode(result)) == result)
    }
  }

  @Test func damagedBlobsDecodeToNothing() {
    let blob = AnalysisCoding.encode(analysis)
    #expect(AnalysisCoding.decode(blob.dropLast()) == nil)
    #expect(AnalysisCoding.decode(blob + [0]) == nil)
    #expect(AnalysisCoding.decode(Data([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])) == nil)
    #expect(AnalysisCoding.decode(Data("{\"entities\":[]}".utf8)) == nil)
    for cut in stride(from: 0, to: blob.count, by: 7) {
      var damaged = blob
      damaged[cut] ^= 0x5A
      let decoded = AnalysisCoding.decode(damaged)
      #expect(decoded == nil || decoded != analysis)
    }
  }
}
