import Testing

@testable import Model

@Suite struct RoleTests {
  private func role(_ text: String, _ name: String) -> String? {
    recognise(text).entity(named: name)?.role
  }

  @Test func preModifiersBeforeTheName() {
    #expect(
      role("In a briefing, White House spokesman Jay Carney said no.", "Jay Carney")
        == "White House spokesman")
    #expect(
      role("Two months earlier, Russian Foreign Minister Sergei Lavrov said so.", "Sergei Lavrov")
        == "Russian Foreign Minister")
    #expect(role("Defense Secretary Ash Carter had no plans.", "Ash Carter") == "Defense Secretary")
  }

  @Test func formerIsKept() {
    #expect(
      role("Last year, former Pentagon chief Chuck Hagel made calls.", "Chuck Hagel")
        == "former Pentagon chief")
  }

  @Test func xOfYTitles() {
    #expect(
      role("Secretary of State John Kerry arrived.", "John Kerry") == "Secretary of State")
  }

  @Test func appositivesAfterTheName() {
    #expect(
      role(
        "And Gen. Martin Dempsey, chairman of the Joint Chiefs of Staff, also called.",
        "Martin Dempsey") == "chairman of the Joint Chiefs of Staff")
    #expect(
      role("Maria Gomez, a union leader, spoke first.", "Maria Gomez") == "union leader")
  }

  @Test func aRoleAndACommaBeforeTheName() {
    #expect(
      role("His daughter, Folake Bakare-Ojo, said he died at home.", "Folake Bakare-Ojo")
        == "daughter")
    #expect(role("Gauff's coach, Brad Gilbert, praised her.", "Brad Gilbert") == "Gauff's coach")
    #expect(role("In the end, Brad Gilbert praised her.", "Brad Gilbert") == nil)
  }

  @Test func prepositionsAndClausesAreNoRole() {
    #expect(role("Like President Barack Obama, she spoke.", "Barack Obama") == "President")
    #expect(
      role("Margarita Simonyan, conveyed to Ms. Martin, agreed.", "Margarita Simonyan") == nil)
  }

  @Test func honorificsAloneAreNoRole() {
    #expect(role("Mr. Victor Salazar declined to comment.", "Victor Salazar") == nil)
  }

  @Test func gendersComeFromTitlesThenGivenNames() {
    let result = recognise("Mrs. Kim Lee met John Smith and Mr. Alex Moreau.")
    let genders = Dictionary(
      uniqueKeysWithValues: zip(result.entities.map(\.name), result.genders))
    #expect(genders["Kim Lee"] == .female)
    #expect(genders["John Smith"] == .male)
    #expect(genders["Alex Moreau"] == .male)
    #expect(Gender.of(givenName: "Mary") == .female)
    #expect(Gender.of(givenName: "Sergei") == .male)
    #expect(Gender.of(givenName: "Zzyzx") == .unknown)
    #expect(Gender.of(title: "Ms.") == .female)
    #expect(Gender.of(title: "Dr.") == .unknown)
  }
}
