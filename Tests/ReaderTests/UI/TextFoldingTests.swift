import Testing

@testable import Reader

@Suite struct TextFoldingTests {
  @Test func hitsIgnoreCaseAndAccentsAndAreScalarOffsets() {
    let text = "Café in 東京: CAFE, cafe\u{301}."
    let folded = TextFolding.foldedScalars(text)
    #expect(folded.count == text.unicodeScalars.count)
    let hits = TextFolding.matches(of: TextFolding.pattern("café"), in: folded)
    #expect(hits == [0, 12, 18])
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[12..<16])) == "CAFE")
  }

  @Test func firstOnlyStopsAtTheFirstHitAndEmptyFindsNothing() {
    let folded = TextFolding.foldedScalars("abab ab")
    #expect(TextFolding.matches(of: TextFolding.pattern("ab"), in: folded) == [0, 2, 5])
    #expect(TextFolding.matches(of: TextFolding.pattern("AB"), in: folded, firstOnly: true) == [0])
    #expect(TextFolding.matches(of: TextFolding.pattern(""), in: folded).isEmpty)
    #expect(TextFolding.matches(of: TextFolding.pattern("abababab"), in: folded).isEmpty)
  }
}
