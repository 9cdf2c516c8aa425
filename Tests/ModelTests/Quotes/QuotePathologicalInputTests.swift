import Testing

@testable import Model

@Suite struct QuotePathologicalInputTests {
  @Test func tenThousandQuoteMarks() {
    let text =
      "He said " + String(repeating: "\"a\" ", count: 5_000)
      + String(repeating: "\u{201C}", count: 5_000)
    let quotes = findQuotes(text)
    let scalars = ScalarText(text)
    #expect(quotes.allSatisfy { scalars[$0.start..<$0.end] == $0.text })
    #expect(quotes.allSatisfy { $0.end - $0.start <= 2 * MarkBalancer.unclosedLimit })
  }

  @Test func unclosedQuoteInAOneMegabyteText() {
    let sentence = "The committee met again and the members said the plan was fine. "
    let body = String(repeating: sentence, count: 1_000_000 / sentence.count)
    let text = "Jane Roe said: \u{201C}" + body
    let quotes = findQuotes(text)
    let scalars = ScalarText(text)
    #expect(!quotes.isEmpty)
    #expect(quotes.allSatisfy { scalars[$0.start..<$0.end] == $0.text })
    #expect(quotes.allSatisfy { $0.end - $0.start <= MarkBalancer.unclosedLimit * 2 })
  }
}
