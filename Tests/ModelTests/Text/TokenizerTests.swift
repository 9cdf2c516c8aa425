import Testing

@testable import Model

@Suite struct TokenizerTests {
  private func keys(_ text: String) -> [String] {
    Document(text: text).tokens.map(\.key)
  }

  @Test func abbreviationsAndAcronymsKeepTheirPeriods() {
    #expect(
      keys("Mr. Smith met Gen. Lee in the U.S. at 9 a.m. on Jan. 5.") == [
        "mr.", "smith", "met", "gen.", "lee", "in", "the", "u.s.", "at", "9", "a.m.", "on",
        "jan.", "5", ".",
      ])
  }

  @Test func initialsAreSingleTokens() {
    let document = Document(text: "J. Smith and T.O'Gorman.")
    #expect(document.tokens[0].key == "j.")
    #expect(document.tokens[0].has(.initial))
    #expect(document.tokens.map(\.key).contains("o'gorman"))
  }

  @Test func curlyAndStraightPossessivesSplitOff() {
    let document = Document(text: "Russia’s ally and the officials' view and Assad's regime")
    #expect(
      document.tokens.map(\.key) == [
        "russia", "'s", "ally", "and", "the", "officials", "'", "view", "and", "assad", "'s",
        "regime",
      ])
    #expect(document.tokens[1].kind == .possessive)
    #expect(document.tokens[6].kind == .possessive)
  }

  @Test func apostropheAndHyphenNamesStayWhole() {
    let document = Document(text: "O’Brien met Al-Assad and Jean-Luc Picard; they couldn't.")
    let words = document.tokens.filter { $0.kind == .word }
    #expect(words.map(\.key).prefix(5) == ["o'brien", "met", "al-assad", "and", "jean-luc"])
    #expect(words[2].has(.hyphenated))
    #expect(words.contains { $0.key == "couldn't" })
  }

  @Test func quoteMarksCarryDirection() {
    let document = Document(text: "He said “yes” and \"no\" — then 'maybe'…")
    let marks = document.tokens.filter { $0.kind == .quoteMark }
    #expect(marks.map { $0.has(.opening) } == [true, false, true, false, true, false])
    #expect(marks.map { $0.has(.double) } == [true, true, true, true, false, false])
    #expect(document.tokens.contains { $0.kind == .dash })
    #expect(document.tokens.last?.kind == .ellipsis)
  }

  @Test func numbersKeepSeparatorsAndSuffixes() {
    #expect(
      keys("70,000 people, 3.5% and the 1990s") == [
        "70,000", "people", ",", "3.5", "%", "and", "the", "1990s",
      ])
  }

  @Test func offsetsAreScalarOffsets() {
    let text = "Café owner Zoë Ngô said."
    let document = Document(text: text)
    for token in document.tokens {
      #expect(document.string(token.range).count > 0)
    }
    let zoe = document.tokens[2]
    #expect(document.string(zoe.range) == "Zoë")
    #expect(zoe.start == 11)
  }
}
