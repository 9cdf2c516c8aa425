import Testing

@testable import Model

@Suite struct OtherTypesTests {
  @Test func organisationsByHeadNounListAndOfPhrase() {
    let result = recognise(
      "A senior State Department official met the Syrian National Coalition, Reuters and the Bank of England."
    )
    #expect(
      result.names(.organisation) == [
        "State Department", "Syrian National Coalition", "Reuters", "Bank of England",
      ])
  }

  @Test func placesRegionsAndGroups() {
    let result = recognise(
      "Shiites and Sunni powers in the Middle East met in Saudi Arabia and Moscow with Russian diplomats."
    )
    #expect(result.names(.group) == ["Shiites", "Sunni", "Russian"])
    #expect(result.names(.location) == ["Middle East"])
    #expect(result.names(.geopolitical) == ["Saudi Arabia", "Moscow"])
  }

  @Test func notPeople() {
    let text =
      "Discuss as:\n\nTalks open\n\nMladen Antonov / AFP - Getty Images\n\n"
      + "On Tuesday in February the Secretary said Goldman Sachs said shares rose."
    let article = PlainTextParser.parse(text: text, path: "a.txt")
    let result = EntityRecognizer.recognize(Document(article: article))
    #expect(result.names(.person).isEmpty)
    #expect(result.names(.organisation) == ["Goldman Sachs"])
    #expect(!result.entities.contains { ["Tuesday", "February", "Secretary"].contains($0.name) })
  }

  @Test func teamsNamedAfterPlacesInResults() {
    let result = recognise("Leicestershire beat Somerset by an innings.\n\nSomerset 83 and 174.")
    #expect(result.names(.organisation) == ["Leicestershire", "Somerset"])
    #expect(recognise("Troops left Somerset on Monday.").names(.geopolitical) == ["Somerset"])
  }

  @Test func ampersandNamesAndFacilities() {
    let result = recognise(
      "Johnson & Johnson and Philip Morris International met at Trump Tower near Vnukovo Airport."
    )
    #expect(result.names(.organisation) == ["Johnson & Johnson", "Philip Morris International"])
    #expect(result.names(.location) == ["Trump Tower", "Vnukovo Airport"])
    #expect(result.names(.person).isEmpty)
  }

  @Test func nationalSidesAndDatelinesStayPlaces() {
    let result = recognise("TORONTO 1996-08-30\n\nFrance beat Germany 2-1.\n\nToronto 5 Boston 3")
    #expect(result.names(.geopolitical) == ["TORONTO", "France", "Germany"])
    #expect(result.names(.organisation) == ["Toronto", "Boston"])
  }
}
