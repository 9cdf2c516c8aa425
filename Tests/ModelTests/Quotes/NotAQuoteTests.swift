import Testing

@testable import Model

@Suite struct NotAQuoteTests {
  @Test func scareQuotesWithoutACue() {
    #expect(findQuotes("The island became a \"client state\" of its larger neighbour.").isEmpty)
  }

  @Test func declinedToComment() {
    #expect(findQuotes("Jane Roe declined to comment on the report.").isEmpty)
  }

  @Test func couldNotBeReachedForComment() {
    #expect(findQuotes("The mayor could not be reached for comment on Sunday.").isEmpty)
  }

  @Test func songAndBookTitles() {
    let text =
      "Fans sang \"This Land Is Your Land\" outside, and others read \"The Long Walk Home Again\" aloud."
    #expect(findQuotes(text).isEmpty)
  }

  @Test func saidAsAnAdjective() {
    #expect(findQuotes("Under the contract, the said tanks must be delivered by March.").isEmpty)
  }

  @Test func cueInsideAQuoteIsNotACue() {
    let quotes = findQuotes("\"I told him the plan would fail,\" Jane Roe said.")
    #expect(quotes.map(\.text) == ["I told him the plan would fail"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }
}

@Suite struct CueSenseTests {
  @Test func passiveIsNoReport() {
    #expect(findQuotes("The holiday is observed as a day of rest across the region.").isEmpty)
  }

  @Test func labelLineIsNoReport() {
    #expect(findQuotes("Editor's note: The council vote was moved to Tuesday.").isEmpty)
  }

  @Test func stateAsANounIsNoCue() {
    #expect(findQuotes("Some state officials praised the new budget on Monday.").isEmpty)
  }

  @Test func contractionBeforeAParticipleStillReports() {
    let quotes = findQuotes("He's claiming that the vote was rigged against him.")
    #expect(quotes.map(\.text) == ["the vote was rigged against him"])
  }
}
