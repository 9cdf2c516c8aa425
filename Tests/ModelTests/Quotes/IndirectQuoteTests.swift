import Testing

@testable import Model

@Suite struct IndirectQuoteTests {
  @Test func saidWithAndWithoutThat() {
    for text in [
      "Jane Roe said the plan would fail next year.",
      "Jane Roe said that the plan would fail next year.",
    ] {
      let quotes = findQuotes(text)
      #expect(quotes.map(\.text) == ["the plan would fail next year"])
      #expect(quotes.map(\.kind) == [.indirect])
      #expect(quotes.map(\.speakerName) == ["Jane Roe"])
    }
  }

  @Test func presentTenseSays() {
    let quotes = findQuotes("Jane Roe says the committee will meet again in June.")
    #expect(quotes.map(\.text) == ["the committee will meet again in June"])
  }

  @Test func toldReportersSkipsTheAddressee() {
    let quotes = findQuotes("Jane Roe told reporters the bridge would reopen on Friday.")
    #expect(quotes.map(\.text) == ["the bridge would reopen on Friday"])
    #expect(quotes.map(\.cue) == ["told"])
  }

  @Test func reportingClauseAfterTheContent() {
    let quotes = findQuotes("The bridge will reopen on Friday after repairs, Jane Roe said.")
    #expect(quotes.map(\.text) == ["The bridge will reopen on Friday after repairs"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func accordingToOnEitherSide() {
    let after = findQuotes(
      "Prices rose by 4 percent last year, according to the statistics office.")
    #expect(after.map(\.text) == ["Prices rose by 4 percent last year"])
    #expect(after.map(\.cue) == ["according to"])
    #expect(after.map(\.speakerName) == ["statistics office"])
    let before = findQuotes("According to Jane Roe, the bridge will reopen on Friday.")
    #expect(before.map(\.text) == ["the bridge will reopen on Friday"])
    #expect(before.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func quotedAsSaying() {
    let quotes = findQuotes(
      "Jane Roe was quoted by a local paper as saying that the mine would close.")
    #expect(quotes.map(\.text) == ["the mine would close"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func warnedThat() {
    let quotes = findQuotes("The weather service warned that more rain was expected.")
    #expect(quotes.map(\.text) == ["more rain was expected"])
    #expect(quotes.map(\.speakerName) == ["weather service"])
  }

  @Test func participleAfterTheSubject() {
    let quotes = findQuotes(
      "A senior official on Monday urged calm, noting that the talks had barely begun.")
    #expect(quotes.map(\.text) == ["the talks had barely begun"])
    #expect(quotes.map(\.speakerName) == ["senior official"])
  }

  @Test func mixedQuoteKeepsTheWholeClause() throws {
    let text = "Jane Roe said the plan was \"dead on arrival\" and would fail."
    let quote = try #require(findQuotes(text).first)
    #expect(quote.kind == .mixed)
    #expect(quote.text == "the plan was \"dead on arrival\" and would fail")
  }

  @Test func parentheticalReportingClause() {
    let quotes = findQuotes("Back home, Jane Roe said, she decided to run for the council seat.")
    #expect(quotes.map(\.text) == ["Back home", "she decided to run for the council seat"])
  }
}

@Suite struct HeadlineAndTagQuoteTests {
  @Test func headlineWithCapitalisedCue() {
    let quotes = findQuotes("Bridge Will Reopen Next Month, Mayor Jane Roe Says")
    #expect(quotes.map(\.text) == ["Bridge Will Reopen Next Month"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func colonAfterANameOpeningAParagraph() {
    let quotes = findQuotes("Roe: The bridge will reopen next month")
    #expect(quotes.map(\.text) == ["The bridge will reopen next month"])
    #expect(quotes.map(\.cue) == [":"])
    #expect(quotes.map(\.speakerName) == ["Roe"])
  }

  @Test func partyTagBetweenNameAndCue() {
    let quotes = findQuotes("Sen. Jane Roe (D-Ore.) said the bill would pass this week.")
    #expect(quotes.map(\.text) == ["the bill would pass this week"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func calledForReportsADemand() {
    let quotes = findQuotes("Jane Roe called for an inquiry into the contract.")
    #expect(quotes.map(\.text) == ["an inquiry into the contract"])
    #expect(quotes.map(\.cue) == ["called for"])
  }

  @Test func nounFormAfterADeterminerIsNoCue() {
    #expect(findQuotes("The details were in a research note published on Monday.").isEmpty)
  }
}

@Suite struct CommitmentQuoteTests {
  @Test func promiseWithAnInfinitive() {
    let quotes = findQuotes("Jane Roe promised to cut the city's property tax next year.")
    #expect(quotes.map(\.text) == ["to cut the city's property tax next year"])
    #expect(quotes.map(\.cue) == ["promised"])
  }

  @Test func urgeWithoutThatOrQuoteIsNoQuote() {
    #expect(findQuotes("Jane Roe urged other cities to join the scheme.").isEmpty)
  }
}
