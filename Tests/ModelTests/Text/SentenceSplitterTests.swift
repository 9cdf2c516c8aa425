import Testing

@testable import Model

@Suite struct SentenceSplitterTests {
  private func sentences(_ text: String) -> [String] {
    let document = Document(text: text)
    return document.sentences.map { document.string(tokens: $0.tokens) }
  }

  @Test func titlesAndInitialsDoNotEndSentences() {
    #expect(
      sentences("Mr. Kerry met Dr. J. Smith in Moscow. He left.") == [
        "Mr. Kerry met Dr. J. Smith in Moscow.", "He left.",
      ])
  }

  @Test func acronymEndsSentenceOnlyBeforeAnOpener() {
    #expect(
      sentences("He flew to the U.S. The talks began. Talks with U.S. Navy chiefs went on.") == [
        "He flew to the U.S.", "The talks began.", "Talks with U.S. Navy chiefs went on.",
      ])
  }

  @Test func closingMarksStayWithTheirSentence() {
    #expect(
      sentences("“We will win.” Kerry said so. “Why?” asked Lee.") == [
        "“We will win.”", "Kerry said so.", "“Why?” asked Lee.",
      ])
  }

  @Test func paragraphsAlwaysEndSentences() {
    let document = Document(text: "First line without stop\n\nSecond paragraph")
    #expect(document.sentences.count == 2)
    #expect(document.sentences.map(\.paragraph) == [0, 1])
  }

  @Test func firstWordIsSentenceInitialAndHeadlinesAreMarked() {
    let document = Document(
      text: "Syria Set To Dominate Talks Between Kerry And Putin\n\n“Yes,” he said.")
    #expect(document.sentences[0].isHeadlineCase)
    #expect(!document.sentences[1].isHeadlineCase)
    let yes = document.tokens.first { $0.key == "yes" }
    #expect(yes?.has(.sentenceInitial) == true)
  }

  @Test func onlyContentParagraphsAreAnalysed() {
    let text =
      "Discuss as:\n\nMayor opens bridge\n\nJane Roe / AFP - Getty Images\n\nThe mayor spoke."
    let document = Document(article: PlainTextParser.parse(text: text, path: "a.txt"))
    #expect(document.paragraphs.count == 2)
    #expect(!document.tokens.contains { $0.key == "afp" || $0.key == "discuss" })
  }
}
