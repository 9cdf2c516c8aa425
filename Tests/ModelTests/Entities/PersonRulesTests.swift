import Testing

@testable import Model

@Suite struct PersonRulesTests {
  @Test func givenNameAndSurnameMakeAPerson() {
    let result = recognise("The report was written by Helen Marsh and Dariusz Kowalczyk.")
    #expect(result.names(.person) == ["Helen Marsh", "Dariusz Kowalczyk"])
  }

  @Test func initialsStartANameAndStayInIt() {
    let result = recognise("Surrey batted first and J. Smith made 80.")
    #expect(result.names(.person) == ["J. Smith"])
  }

  @Test func apostropheAndParticleNamesAreWhole() {
    let result = recognise(
      "Goalkeeper Liam O'Brien saved twice. President Bashar al-Assad spoke.\n\nO’Brien and Assad left."
    )
    let brien = result.entity(named: "Liam O'Brien")
    #expect(brien?.mentions.map(\.text) == ["Liam O'Brien", "O’Brien"])
    #expect(result.entity(named: "Bashar al-Assad")?.mentions.count == 2)
  }

  @Test func hyphenatedGivenNamesAreNames() {
    let result = recognise("Mission manager Jean-Luc Moreau said the images were sharp.")
    #expect(result.names(.person) == ["Jean-Luc Moreau"])
  }

  @Test func familyNameFirstAndUnlistedNames() {
    let result = recognise(
      "The assembly approved Nguyen Thi Lan on Friday. Officials met Mouaz Alkhatib in Munich.")
    #expect(result.names(.person) == ["Nguyen Thi Lan", "Mouaz Alkhatib"])
  }

  @Test func propagationClaimsACommonWordUsedAsASurname() {
    let result = recognise(
      "White House spokesman Josh Earnest spoke on Tuesday.\n\nEarnest said the talks would go on.")
    let earnest = result.entity(named: "Josh Earnest")
    #expect(earnest?.mentions.map(\.text) == ["Josh Earnest", "Earnest"])
    #expect(result.names(.person) == ["Josh Earnest"])
  }

  @Test func aLoneUnknownNameBeforeAVerbOfSayingIsAPerson() {
    let result = recognise("The strategy is doomed, when Obama told troops on Monday.")
    #expect(result.names(.person) == ["Obama"])
  }

  @Test func headlineCaseDoesNotMakeWordsNames() {
    let result = recognise(
      "Kerry Seeks Syria Answers In Latest Talks\n\nSecretary of State John Kerry called again.")
    #expect(result.names(.person) == ["John Kerry"])
    #expect(result.entity(named: "John Kerry")?.mentions.map(\.text) == ["Kerry", "John Kerry"])
    #expect(!result.entities.contains { $0.name == "Seeks" || $0.name == "Answers" })
  }

  @Test func titlesInsideNamesStayInTheName() {
    let result = recognise("Somali President Hassan Sheikh Mohamud arrived late.")
    #expect(result.names(.person) == ["Hassan Sheikh Mohamud"])
    #expect(result.entity(named: "Hassan Sheikh Mohamud")?.role == "Somali President")
  }

  @Test func titleWordsThatAreSurnames() {
    let result = recognise("Former prime minister John Major met Billie Jean King.\n\nKing won.")
    #expect(result.names(.person) == ["John Major", "Billie Jean King"])
    #expect(result.entity(named: "Billie Jean King")?.mentions.count == 2)
  }

  @Test func aSentenceOpenerBeforeANameIsLeftOut() {
    let result = recognise("Fullback Andre Joubert scored twice.")
    #expect(result.names(.person) == ["Andre Joubert"])
  }

  @Test func aNameFollowedByOtherCapitalisedWords() {
    let result = recognise("He called The Steve Harvey Morning Show on Friday.")
    #expect(result.names(.person) == ["Steve Harvey"])
  }

  @Test func aTitleBetweenAPlaceNamedLikeAPersonAndAName() {
    let result = recognise(
      "Charlotte Mayor Jennifer Roberts and Secretary of State John F. Kerry spoke in St. Louis.")
    #expect(result.names(.person) == ["Jennifer Roberts", "John F. Kerry"])
    #expect(result.entity(named: "Jennifer Roberts")?.role == "Charlotte Mayor")
    #expect(result.names(.geopolitical).contains("St. Louis"))
  }

  @Test func contractionsAreNotNames() {
    let result = recognise("Sources say Gennifer Flowers Won't attend the debate.")
    #expect(result.names(.person) == ["Gennifer Flowers"])
  }

  @Test func twoParticlesInsideAName() {
    let result = recognise("The scrum-half passed to Joost van der Westhuizen, who scored.")
    #expect(result.names(.person) == ["Joost van der Westhuizen"])
  }

  @Test func aFollowingNounMakesAPlaceNamedWordAPerson() {
    let result = recognise("Critics said the Obama administration was slow. Who knew?")
    #expect(result.names(.person) == ["Obama"])
    #expect(result.names(.organisation).isEmpty)
  }

  @Test func aParticleBeforeAnOrdinaryWordKeepsTheName() {
    let result = recognise("The raid that killed Osama bin Laden was planned for months.")
    #expect(result.names(.person) == ["Osama bin Laden"])
  }

  @Test func aSingleNameSetOffAfterARoleNoun() {
    let result = recognise("He is survived by his wife, Adunni, and four children.")
    #expect(result.names(.person) == ["Adunni"])
  }
}
