import Testing

@testable import Model

@Suite struct TextWrapperTests {
  @Test func wrapsAtSpacesWithPrefixes() {
    let wrapper = TextWrapper(width: 12, firstPrefix: "- ", prefix: "  ")
    #expect(wrapper.lines("one two three four five") == ["- one two", "  three four", "  five"])
  }

  @Test func breaksWordsWiderThanTheLine() {
    let lines = TextWrapper(width: 5).lines("abcdefghijkl xy")
    #expect(lines == ["abcde", "fghij", "kl xy"])
  }

  @Test func wideCharactersTakeTwoColumns() {
    let lines = TextWrapper(width: 6).lines("北京欢迎你 ok")
    #expect(lines == ["北京欢", "迎你", "ok"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 6 })
  }

  @Test func paragraphsAreSeparatedByAPrefixLine() {
    let lines = TextWrapper(width: 20, firstPrefix: "> ", prefix: "> ").paragraphs("one\n\ntwo")
    #expect(lines == ["> one", ">", "> two"])
  }

  @Test func emptyTextGivesThePrefixLine() {
    #expect(TextWrapper(width: 10, firstPrefix: "x ").lines("") == ["x "])
  }
}
