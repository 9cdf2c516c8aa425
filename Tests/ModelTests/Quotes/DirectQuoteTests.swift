import Testing

@testable import Model

@Suite struct DirectQuoteTests {
  @Test func cueAfterTheQuote() throws {
    let text = "\u{201C}We will win the vote tonight,\u{201D} Jane Roe said."
    let quotes = findQuotes(text)
    #expect(quotes.count == 1)
    let quote = try #require(quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.text == "We will win the vote tonight")
    #expect(ScalarText(text)[quote.start..<quote.end] == quote.text)
    #expect(quote.cue == "said")
    #expect(quote.speakerName == "Jane Roe")
    let mention = try #require(quote.speaker?.mention)
    #expect(ScalarText(text)[mention.start..<mention.end] == mention.text)
    #expect(mention.text == "Jane Roe")
  }

  @Test func cueBeforeWithColon() {
    let quotes = findQuotes("Jane Roe said: \"The plan is dead and buried.\"")
    #expect(quotes.map(\.text) == ["The plan is dead and buried."])
    #expect(quotes.map(\.kind) == [.direct])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func invertedCue() {
    let quotes = findQuotes("\"The plan is dead and buried,\" said Jane Roe, a city planner.")
    #expect(quotes.map(\.text) == ["The plan is dead and buried"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func cueWithTimeAndThatBeforeTheQuote() {
    let quotes = findQuotes("Jane Roe said Tuesday that \"the plan is dead and buried.\"")
    #expect(quotes.map(\.text) == ["the plan is dead and buried."])
    #expect(quotes.map(\.kind) == [.direct])
  }

  @Test func splitQuoteAcrossSentencesHasOneSpeaker() {
    let text =
      "\u{201C}The first part is here,\u{201D} the official said. \u{201C}The second part is there.\u{201D}"
    let quotes = findQuotes(text)
    #expect(quotes.map(\.text) == ["The first part is here", "The second part is there."])
    #expect(quotes.map(\.speakerName) == ["official", "official"])
  }

  @Test func splitQuoteInsideOneSentence() {
    let quotes = findQuotes("\"The first part,\" said Jane Roe, \"and then the second part.\"")
    #expect(quotes.map(\.text) == ["The first part", "and then the second part."])
    #expect(quotes.map(\.speakerName) == ["Jane Roe", "Jane Roe"])
  }

  @Test func quoteContinuesIntoTheNextParagraph() {
    let text = """
      "We lost everything that night," Jane Roe said. "The water came fast.

      "Nobody was ready for it."

      The council met on Monday.
      """
    let quotes = findQuotes(text)
    #expect(
      quotes.map(\.text) == [
        "We lost everything that night", "The water came fast.", "Nobody was ready for it.",
      ])
    #expect(quotes.allSatisfy { $0.speakerName == "Jane Roe" })
  }

  @Test func strayClosingMarkDoesNotSwallowTheArticle() {
    let text = """
      "The talks were useful," the ministry said in a written statement."

      The weather in the capital was mild, and shops opened as usual on the main square.

      Trains ran on time for most of the day.
      """
    let quotes = findQuotes(text)
    #expect(quotes.map(\.text) == ["The talks were useful"])
  }

  @Test func singleMarksInAnArticleWithoutDoubleMarks() {
    let text = "\u{2018}We are not yet where we need to be,\u{2019} Governor Ann Lee told MPs."
    let quotes = findQuotes(text)
    #expect(quotes.map(\.text) == ["We are not yet where we need to be"])
    #expect(quotes.map(\.speakerName) == ["Ann Lee"])
  }

  @Test func pairedApostrophesActAsDoubleMarks() {
    let quotes = findQuotes("''There is a lot of new complexity,'' said Mr. Burman.")
    #expect(quotes.map(\.text) == ["There is a lot of new complexity"])
  }
}

@Suite struct LeadInQuoteTests {
  @Test func commaBetweenCueAndQuote() {
    let quotes = findQuotes("Jane Roe said, \"The bridge will reopen next month.\"")
    #expect(quotes.map(\.text) == ["The bridge will reopen next month."])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func colonEndingAParagraphLeadsIntoTheNextQuote() {
    let text = "The Daily Courier reports:\n\n\"The bridge will reopen next month after repairs.\""
    let quotes = findQuotes(text)
    #expect(quotes.map(\.text) == ["The bridge will reopen next month after repairs."])
    #expect(quotes.map(\.speakerName) == ["Daily Courier"])
  }

  @Test func appositiveWithAPlaceAndAnAdverb() {
    let quotes = findQuotes("Jane Roe, of Springfield, Ill., firmly said the vote was fair.")
    #expect(quotes.map(\.text) == ["the vote was fair"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }
}
