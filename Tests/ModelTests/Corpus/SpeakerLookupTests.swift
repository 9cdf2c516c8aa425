import Testing

@testable import Model

@Suite struct SpeakerLookupTests {
  let corpus = NewsFixture.corpus()

  func found(_ text: String) -> String? {
    if case .found(let speaker) = corpus.lookupSpeaker(text) { return speaker.name }
    return nil
  }

  @Test func findsBySurnameFullNameAliasAndPrefix() {
    #expect(found("carney") == "Jay Carney")
    #expect(found("JAY CARNEY") == "Jay Carney")
    #expect(found("Sergey Lavrov") == "Sergei Lavrov")
    #expect(found("lávrov") == "Sergei Lavrov")
    #expect(found("carn") == "Jay Carney")
    #expect(found("state department official") == "senior State Department official")
  }

  @Test func nothingMatchingGivesTheClosestNames() {
    guard case .none(let closest) = corpus.lookupSpeaker("carnie") else {
      Issue.record("expected no match")
      return
    }
    #expect(closest.first?.name == "Jay Carney")
    #expect(corpus.lookupSpeaker("   ") == .none(closest: []))
  }

  @Test func severalMatchesAreAmbiguous() {
    let corpus = Corpus([
      CorpusFixture.quoting("Ana Smith", path: "a"),
      CorpusFixture.quoting("Tom Smith", path: "b"),
    ])
    guard case .ambiguous(let candidates) = corpus.lookupSpeaker("smith") else {
      Issue.record("expected an ambiguous match")
      return
    }
    #expect(Set(candidates.map(\.name)) == ["Ana Smith", "Tom Smith"])
    if case .found(let speaker) = corpus.lookupSpeaker("tom smith") {
      #expect(speaker.name == "Tom Smith")
    } else {
      Issue.record("expected Tom Smith")
    }
  }
}
