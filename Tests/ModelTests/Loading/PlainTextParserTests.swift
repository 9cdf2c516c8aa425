import Testing

@testable import Model

@Suite struct PlainTextParserTests {
  @Test func titleIsFirstLineThatIsNotChrome() {
    let text =
      "Discuss as:\n\nMayor opens bridge\n\nJane Roe / AFP - Getty Images\n\nThe mayor spoke.\n"
    let article = PlainTextParser.parse(text: text, path: "a.txt")
    #expect(article.title == "Mayor opens bridge")
    #expect(article.text == text)
    #expect(article.paragraphs.map(\.kind) == [.chrome, .title, .chrome, .body])
    let scalars = ScalarText(text)
    #expect(
      article.paragraphs.map { scalars[$0.range] } == [
        "Discuss as:", "Mayor opens bridge", "Jane Roe / AFP - Getty Images", "The mayor spoke.",
      ])
  }

  @Test func paragraphsAreSeparatedByBlankLinesAndKeepSoftBreaks() {
    let text = "Title\n\nFirst line\ncontinues here.\n   \nSecond."
    let article = PlainTextParser.parse(text: text, path: "a.txt")
    let scalars = ScalarText(text)
    #expect(
      article.contentParagraphs.map { scalars[$0.range] } == [
        "Title", "First line\ncontinues here.", "Second.",
      ])
  }

  @Test func markdownHeadingMarksLeaveTheTitle() {
    let article = PlainTextParser.parse(text: "# Big news\n\nBody.", path: "a.md")
    #expect(article.title == "Big news")
  }

  @Test func offsetsAreUnicodeScalarOffsets() {
    // emoji with skin tone (2 scalars), CJK, and e + combining acute (2 scalars) before the body
    let text = "👍🏽 東京 e\u{301}\n\nBody here."
    let article = PlainTextParser.parse(text: text, path: "a.txt")
    let body = article.paragraphs[1]
    #expect(body.start == 10)
    #expect(ScalarText(text)[body.range] == "Body here.")
  }

  @Test func idIsStableAndDependsOnPathAndContent() {
    let a = PlainTextParser.parse(text: "Same", path: "a.txt")
    #expect(a.id == PlainTextParser.parse(text: "Same", path: "a.txt").id)
    #expect(a.id != PlainTextParser.parse(text: "Same", path: "b.txt").id)
    #expect(a.id != PlainTextParser.parse(text: "Other", path: "a.txt").id)
  }
}

@Suite struct PageChromeTests {
  @Test(arguments: [
    "Discuss as:", "Comments", "Share this", "(Photo: Jane Roe/Reuters)",
    "Mladen Antonov / AFP - Getty Images", "Photo by John Doe", "Advertisement",
  ])
  func chromeLines(line: String) {
    #expect(PageChrome.isChrome(line))
    #expect(PageChrome.mayBeChrome(ArraySlice(line.unicodeScalars)))
  }

  @Test(arguments: [
    "Photograph by a staff photographer of the city council",
    "PICTURED: the mayor and her deputy at the opening ceremony",
    "Mladen Antonov, a photographer for the agency / Reuters",
    "A long caption with a spaced dash - Getty Images and more words",
    "© 2026 The Associated Press, all rights reserved in every country",
  ])
  func longLinesThatMightBeChromeAreLookedAt(line: String) {
    #expect(PageChrome.mayBeChrome(ArraySlice(line.unicodeScalars)))
  }

  @Test func theQuickTestRulesOutOrdinaryBodyLines() {
    let body = "The minister said on Tuesday that the well-known report was wrong."
    #expect(!PageChrome.mayBeChrome(ArraySlice(body.unicodeScalars)))
    #expect(!PageChrome.isChrome(body))
  }

  @Test(arguments: [
    "The minister said the AFP report was wrong.", "Comments from the mayor angered residents.",
    "Syria set to dominate talks between Kerry and Russia's Putin",
  ])
  func ordinaryLines(line: String) {
    #expect(!PageChrome.isChrome(line))
  }
}

@Suite struct PageChromeLengthTests {
  @Test func aLongLineIsNeverChrome() {
    let long = "Comments " + String(repeating: "from the mayor angered residents ", count: 6)
    #expect(long.unicodeScalars.count > PageChrome.maximumLength)
    #expect(!PageChrome.isChrome("Share this " + String(repeating: "x", count: 200)))
    #expect(!PageChrome.isChrome(long))
  }
}
