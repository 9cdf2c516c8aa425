import Testing

@testable import Model

@Suite struct SpeakerTests {
  @Test func surnameResolvesToTheFullEntity() {
    let text = "Jane Roe arrived late.\n\n\"We will fix the roads,\" Roe said."
    let roe = person("e1", "Jane Roe", forms: ["Jane Roe", "Roe"], in: text)
    let quote = findQuotes(text, entities: [roe]).first
    #expect(quote?.speakerName == "Jane Roe")
    #expect(quote?.speaker?.entity == "e1")
    #expect(quote?.speaker?.mention?.text == "Roe")
  }

  @Test func pronounTakesTheCurrentSpeaker() {
    let text =
      "Tom Hale said the plan was fine. Ann Bell had left by then.\n\n\"It will work,\" he said."
    let hale = person("e1", "Tom Hale", forms: ["Tom Hale"], in: text)
    let bell = person("e2", "Ann Bell", forms: ["Ann Bell"], in: text)
    let quotes = findQuotes(text, entities: [hale, bell])
    #expect(quotes.map(\.speakerName) == ["Tom Hale", "Tom Hale"])
    #expect(quotes.last?.speaker?.mention?.text == "he")
  }

  @Test func pronounTakesTheNearestCompatiblePersonWithoutASpeaker() {
    let text = "Mrs. Ann Bell opened the meeting.\n\nShe said the budget was balanced."
    let bell = person("e1", "Ann Bell", forms: ["Ann Bell"], in: text)
    #expect(findQuotes(text, entities: [bell]).map(\.speakerName) == ["Ann Bell"])
  }

  @Test func roleNounResolvesToThePersonWithThatRole() {
    let text =
      "City spokesman Tom Hale spoke first.\n\n\"The budget is balanced,\" the spokesman added."
    let hale = person("e1", "Tom Hale", role: "City spokesman", forms: ["Tom Hale"], in: text)
    let quote = findQuotes(text, entities: [hale]).first
    #expect(quote?.speakerName == "Tom Hale")
    #expect(quote?.speaker?.mention?.text == "the spokesman")
  }

  @Test func unmatchedRoleNounIsItsOwnDescription() {
    let quotes = findQuotes("A senior State Department official said the talks had stalled.")
    #expect(quotes.first?.speakerName == "senior State Department official")
    #expect(quotes.first?.speaker?.type == .person)
    #expect(quotes.first?.speaker?.entity == nil)
  }

  @Test func statementResolvesToTheIssuingOrganisation() {
    let text =
      "The State Department said in a statement that the talks would go on. \"We remain hopeful about the outcome,\" the statement said."
    let quotes = findQuotes(text)
    #expect(quotes.map(\.speakerName) == ["State Department", "State Department"])
    #expect(quotes.first?.speaker?.type == .organisation)
  }
}

@Suite struct GroupAndChainSpeakerTests {
  @Test func theyTakesTheLastGroupThatSpoke() {
    let text = "Two analysts said the deal was close. They cautioned that it could still fail."
    let quotes = findQuotes(text)
    #expect(quotes.map(\.speakerName) == ["Two analysts", "Two analysts"])
    #expect(quotes.last?.speaker?.mention?.text == "They")
  }

  @Test func nameOpeningAChainOfAppositives() {
    let text =
      "Jo Doe, the attorney general of Ohio, one of the states suing, said the rule was unlawful."
    let doe = person("e1", "Jo Doe", forms: ["Jo Doe"], in: text)
    let quotes = findQuotes(text, entities: [doe])
    #expect(quotes.map(\.text) == ["the rule was unlawful"])
    #expect(quotes.map(\.speakerName) == ["Jo Doe"])
  }
}

@Suite struct CoordinatedCueSpeakerTests {
  @Test func andSaidTakesTheLastSubjectName() {
    let text = "The talks ended after Jane Roe defended the deal and said it would hold."
    let roe = person("e1", "Jane Roe", forms: ["Jane Roe"], in: text)
    let quotes = findQuotes(text, entities: [roe])
    #expect(quotes.map(\.text) == ["it would hold"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }

  @Test func nameAfterATitleAfterAPrepositionIsAnObject() {
    let text =
      "Jane Roe met with Foreign Minister Tom Hale on Monday and warned that the talks would fail."
    let roe = person("e1", "Jane Roe", forms: ["Jane Roe"], in: text)
    let hale = person("e2", "Tom Hale", forms: ["Tom Hale"], in: text)
    let quotes = findQuotes(text, entities: [roe, hale])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }
}

@Suite struct TranscriptAndParticipleSpeakerTests {
  @Test func transcriptLabelNamesTheSpeaker() {
    let text =
      "Jane Roe spoke first.\n\n\"HALE: We will not raise taxes this year, I promise you.\""
    let quotes = findQuotes(text)
    #expect(quotes.map(\.text) == ["We will not raise taxes this year, I promise you."])
    #expect(quotes.map(\.speakerName) == ["HALE"])
  }

  @Test func participleWithoutAPhraseReportsForTheSubject() {
    let text = "Jane Roe posted a string of messages early Friday saying that the vote was rigged."
    let roe = person("e1", "Jane Roe", forms: ["Jane Roe"], in: text)
    let quotes = findQuotes(text, entities: [roe])
    #expect(quotes.map(\.text) == ["the vote was rigged"])
    #expect(quotes.map(\.speakerName) == ["Jane Roe"])
  }
}

@Suite struct SignatureSpeakerTests {
  @Test func dashSignatureNamesTheSpeaker() {
    let quotes = findQuotes(
      "\u{201C}Not a worthy representative for the city.\u{201D} \u{2015} Oscar P. Quintero")
    #expect(quotes.map(\.text) == ["Not a worthy representative for the city."])
    #expect(quotes.map(\.speakerName) == ["Oscar P. Quintero"])
  }

  @Test func continuedBeforeAQuotation() {
    let text =
      "Jane Roe spoke first.\n\nShe continued, \"We will not raise taxes this year at all.\""
    let roe = person("e1", "Jane Roe", forms: ["Jane Roe"], in: text)
    #expect(findQuotes(text, entities: [roe]).map(\.speakerName) == ["Jane Roe"])
  }
}
