import Model
import Testing

@testable import Reader

@Suite struct CellBufferTests {
  @Test func widthsFollowTheTerminal() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("東京") == 4)
    #expect(DisplayWidth.of("🎌") == 2)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
    #expect(DisplayWidth.of("한국어") == 6)
  }

  @Test func textThatDoesNotFitIsCutByWidthWithAnEllipsis() {
    var buffer = CellBuffer(width: 10, height: 1)
    let used = buffer.write("東京で外相会談", x: 0, y: 0, limit: 8)
    #expect(used == 8)
    #expect(buffer.dump() == "東京で …\n")
  }

  @Test func textThatFitsIsWrittenWhole() {
    var buffer = CellBuffer(width: 10, height: 1)
    #expect(buffer.write("東京", x: 1, y: 0, limit: 4) == 4)
    #expect(buffer.dump() == " 東京\n")
    #expect(buffer[1, 0].width == 2 && buffer[2, 0].width == 0)
  }

  @Test func combiningMarksStayOnTheirBaseCharacter() {
    var buffer = CellBuffer(width: 6, height: 1)
    buffer.write("Cafe\u{301}!", x: 0, y: 0, limit: 6)
    #expect(buffer.dump() == "Cafe\u{301}!\n")
    #expect(buffer[3, 0].character == "e\u{301}")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var buffer = CellBuffer(width: 4, height: 1)
    buffer.write("東京", x: 0, y: 0, limit: 4)
    buffer.write("x", x: 1, y: 0, limit: 1)
    #expect(buffer.dump() == " x京\n")
  }

  @Test func fillingHalfAWideCharacterBlanksAllOfIt() {
    var buffer = CellBuffer(width: 6, height: 1)
    buffer.write("東京語", x: 0, y: 0, limit: 6)
    buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1))
    #expect(buffer.dump() == "    語\n")
    #expect((0..<6).reduce(0) { $0 + buffer[$1, 0].width } == 6)
  }

  @Test func writesAreClippedToTheGrid() {
    var buffer = CellBuffer(width: 3, height: 2)
    #expect(buffer.write("hello", x: 1, y: 1, limit: 10) == 2)
    #expect(buffer.write("x", x: 0, y: 5, limit: 3) == 0)
    #expect(buffer.write("x", x: -1, y: 0, limit: 3) == 0)
    #expect(buffer.dump() == "\n h…\n")
  }

  @Test func controlCharactersBecomeSpaces() {
    var buffer = CellBuffer(width: 5, height: 1)
    buffer.write("a\tb\nc", x: 0, y: 0, limit: 5)
    #expect(buffer.dump() == "a b c\n")
  }

  @Test func framesCarryTheirTitle() {
    var buffer = CellBuffer(width: 12, height: 3)
    buffer.frame(Rect(x: 0, y: 0, width: 12, height: 3), title: [Span("Quotes")], style: .plain)
    #expect(buffer.dump() == "┌ Quotes ──┐\n│          │\n└──────────┘\n")
  }

  @Test func wrappingBreaksAtSpacesByDisplayWidth() {
    let lines = TextWrapper.wrap("one two three four", style: .plain, width: 9)
    #expect(lines.map { String($0.characters.map(\.character)) } == ["one two", "three", "four"])
    #expect(lines.map(\.offset) == [0, 8, 14])
    let wide = TextWrapper.wrap("東京東京東京", style: .plain, width: 5)
    #expect(wide.map { String($0.characters.map(\.character)) } == ["東京", "東京", "東京"])
    let long = TextWrapper.wrap("abcdefgh", style: .plain, width: 3)
    #expect(long.count == 3)
  }
}
