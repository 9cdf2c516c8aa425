import CNcurses
import Foundation
import Testing

@testable import Reader

/// Every test that touches curses or the C locale (both process-wide) or drives the binary in
/// a terminal: one suite, run one test at a time.
@Suite(.serialized) struct TerminalSuite {
  /// A curses screen on /dev/null: no terminal needed.
  func headless(type: String, noColor: Bool = false, _ body: (Terminal) throws -> Void) throws {
    let output = try #require(fopen("/dev/null", "w"))
    let input = try #require(fopen("/dev/null", "r"))
    defer {
      fclose(output)
      fclose(input)
    }
    let terminal = try #require(
      Terminal(noColor: noColor, type: type, output: output, input: input))
    defer { terminal.restore() }
    try body(terminal)
  }

  @Test func blitShowsTheBufferCellForCell() throws {
    try headless(type: "xterm-256color") { terminal in
      let size = terminal.size
      let state = UIFixture.run(
        UIFixture.state(width: size.width, height: size.height), [.command(.last)])
      let buffer = Screen.render(state)
      terminal.draw(buffer, fullRedraw: false)
      let expected = buffer.dump().split(separator: "\n", omittingEmptySubsequences: false)
      for y in 0..<size.height {
        var row = terminal.row(y)
        while row.hasSuffix(" ") { row.removeLast() }
        #expect(row == String(expected[y]), "row \(y)")
      }
      #expect(buffer.dump().contains("東京で外相会談"))
    }
  }

  @Test func colourModesFollowTheTerminalAndNoColor() throws {
    try headless(type: "xterm-256color") { #expect($0.colorMode == .palette256) }
    try headless(type: "xterm") { #expect($0.colorMode == .basic8) }
    try headless(type: "xterm-256color", noColor: true) { #expect($0.colorMode == .monochrome) }
  }

  @Test func monochromeKeepsOnlyBoldUnderlineAndReverse() {
    let styles = [
      CellStyle(ink: .person), CellStyle(ink: .muted, dim: true, italic: true),
      CellStyle(ink: .accent, reverse: true),
    ]
    for style in styles.map(ColorMode.monochrome.shown) {
      #expect(style.ink == .plain && !style.dim && !style.italic)
    }
    #expect(ColorMode.monochrome.shown(CellStyle(ink: .person)).underline)
    #expect(ColorMode.monochrome.color(of: .person) == nil)
    #expect(ColorMode.basic8.color(of: .place) != ColorMode.basic8.color(of: .person))
  }
}
