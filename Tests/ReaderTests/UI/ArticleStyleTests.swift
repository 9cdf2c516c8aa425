import Testing

@testable import Reader

@Suite struct ArticleStyleTests {
  func styles(of word: String, in state: ReaderState) -> [CellStyle] {
    let lines = ArticleLines.build(state, width: state.articleTextWidth)
    for line in lines {
      let text = String(line.characters.map(\.character))
      guard let range = text.range(of: word) else { continue }
      let start = text.distance(from: text.startIndex, to: range.lowerBound)
      return line.characters[start..<start + word.count].map(\.style)
    }
    return []
  }

  @Test func entitiesAreInkedByType() {
    let state = UIFixture.state()
    #expect(styles(of: "Geneva", in: state).allSatisfy { $0.ink == .place })
    #expect(styles(of: "Talks on the river", in: state).allSatisfy { $0.bold })
  }

  @Test func quotesAreSetOffAndTheSpeakerMentionIsBold() {
    let state = UIFixture.state()
    #expect(styles(of: "working with both", in: state).allSatisfy { $0.italic })
    #expect(styles(of: "Carney added", in: state).prefix(6).allSatisfy { $0.bold })
    #expect(styles(of: "Negotiators", in: state).allSatisfy { $0 == .plain })
  }

  @Test func withASpeakerFilterOnlyTheirQuotesStandOut() {
    let filtered = UIFixture.run(
      UIFixture.state(), [.command(.pickSpeakers)] + UIFixture.typing("carn") + [.command(.open)])
    #expect(styles(of: "working with both", in: filtered).allSatisfy { $0.ink == .accent })
    #expect(styles(of: "water belongs", in: filtered).allSatisfy { !$0.italic })
  }

  @Test func searchHitsAreReversed() {
    let searched = UIFixture.run(
      UIFixture.state(), [.command(.search)] + UIFixture.typing("negotiators"))
    #expect(styles(of: "Negotiators", in: searched).allSatisfy { $0.reverse })
  }

  @Test func keptLinesFollowWhatTheyDependOn() {
    let start = UIFixture.state()
    let changes: [[Action]] = [
      [.command(.moveDown)], [.resize(width: 100, height: 30)],
      [.command(.search)] + UIFixture.typing("met"),
      [.command(.pickSpeakers)] + UIFixture.typing("putin") + [.command(.open)],
    ]
    for actions in changes {
      let state = UIFixture.run(start, actions)
      let fresh = ArticleLines.build(state, width: state.articleTextWidth)
      #expect(state.articleLayout.lines.map(\.spans) == fresh.map(\.spans))
      #expect(state.articleLines.map(\.offset) == fresh.map(\.offset))
    }
  }

  @Test func pageChromeIsHidden() {
    let state = UIFixture.state()
    let text = ArticleLines.build(state, width: 70).map { String($0.characters.map(\.character)) }
    #expect(text.first == "fixtures/001-dam.txt")
    #expect(text.contains("Talks on the river dam resume in Geneva"))
  }
}
