import Testing

@testable import Model

@Suite struct MarkBalancerTests {
  /// The quoted contents found in `text`, with one paragraph per blank-line block.
  private func contents(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let spans = MarkBalancer.spans(in: scalars, paragraphs: paragraphRanges(scalars))
    let scalarText = ScalarText(text)
    return spans.map { scalarText[$0.content] }
  }

  private func paragraphRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n" {
        ranges.append(start..<index)
        start = index + 2
        index += 2
        continue
      }
      index += 1
    }
    ranges.append(start..<scalars.count)
    return ranges
  }

  @Test func straightAndCurlyDoubleMarksPair() {
    #expect(
      contents("He said \"it works,\" and she said \u{201C}so do I.\u{201D}") == [
        "it works,", "so do I.",
      ])
  }

  @Test func apostrophesInsideDoubleQuotesAreContent() {
    #expect(
      contents("\u{201C}Russia\u{2019}s role isn\u{2019}t clear,\u{201D} she said.") == [
        "Russia\u{2019}s role isn\u{2019}t clear,"
      ])
  }

  @Test func strayClosingMarkIsSkipped() {
    let text =
      "\u{201C}One,\u{201D} the office said in a statement.\u{201D}\n\nNext paragraph here."
    #expect(contents(text) == ["One,"])
  }

  @Test func unclosedQuoteEndsAtItsParagraph() {
    let text = "\u{201C}We tried. We failed.\n\nThe mayor left town."
    #expect(contents(text) == ["We tried. We failed."])
  }

  @Test func reopenedParagraphContinuesTheQuote() {
    let text = "\u{201C}First part.\n\n\u{201C}Second part,\u{201D} he said."
    let scalars = Array(text.unicodeScalars)
    let spans = MarkBalancer.spans(in: scalars, paragraphs: paragraphRanges(scalars))
    #expect(spans.map(\.continuesPrevious) == [false, true])
    #expect(spans.first?.close == nil)
  }

  @Test func openerInsideOpenSpanStartsANewSpan() {
    let text = "\u{201C}We tried hard. \u{201C}We will try again.\u{201D}"
    #expect(contents(text) == ["We tried hard.", "We will try again."])
  }

  @Test func singleMarksCountOnlyWithoutDoubleMarks() {
    let british = "\u{2018}We are not yet where we need to be,\u{2019} the governor told MPs."
    #expect(contents(british) == ["We are not yet where we need to be,"])
    let possessive = "The players\u{2019} union said \u{2018}no\u{2019} to \"the deal\"."
    #expect(contents(possessive) == ["the deal"])
  }

  @Test func tenThousandMarksGiveBoundedSpans() {
    let text = String(repeating: "\" ", count: 10_000)
    let scalars = Array(text.unicodeScalars)
    let spans = MarkBalancer.spans(in: scalars, paragraphs: [0..<scalars.count])
    #expect(spans.count <= 5_000)
    #expect(spans.allSatisfy { $0.content.count < MarkBalancer.unclosedLimit })
  }

  @Test func unclosedOpenerInHugeParagraphIsCapped() {
    let text = "He said \u{201C}" + String(repeating: "word ", count: 200_000)
    let scalars = Array(text.unicodeScalars)
    let spans = MarkBalancer.spans(in: scalars, paragraphs: [0..<scalars.count])
    #expect(spans.count == 1)
    #expect((spans.first?.content.count ?? .max) <= MarkBalancer.unclosedLimit)
  }
}
