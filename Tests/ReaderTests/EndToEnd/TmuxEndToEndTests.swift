import Foundation
import Testing

@testable import Reader

extension TerminalSuite {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let firstTitle = "Syria set to dominate talks between Kerry and Russia's Putin"
  static let secondTitle = "Kerry seeks Syria answers in latest conversation with Russian FM"

  /// Whether the language engine attributes quotes to Jay Carney in the sample corpus yet.
  static var engineFindsCarney: Bool {
    let seeds = root.appendingPathComponent("seeds").path
    return (try? ReaderBinary.run(["export", seeds, "--speaker", "carney"]).status) == 0
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func fullSessionInTmux() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let status = folder.appendingPathComponent("status").path
    let command =
      "cd '\(folder.path)' && SWIFT_BACKTRACE=interactive=no '\(ReaderBinary.url.path)'"
      + " '\(Self.root.appendingPathComponent("seeds").path)'; echo \"exit=$?\" > '\(status)';"
      + " sleep 30"
    let tmux = try TmuxSession(command: command, width: 160, height: 45)
    defer { tmux.kill() }

    let opened = try tmux.wait { $0.contains(Self.firstTitle) }
    #expect(opened.contains(Self.firstTitle))
    #expect(opened.contains("? help · q quit"))
    try tmux.send("j")
    #expect(try tmux.wait { $0.contains(Self.secondTitle) }.contains(Self.secondTitle))
    try tmux.send("k")

    if Self.engineFindsCarney {
      try tmux.send("s")
      try tmux.type("carn")
      try tmux.send("Enter")
      let filtered = try tmux.wait { $0.contains("speaker: Jay Carney") }
      #expect(filtered.contains("Articles · 1"))
      #expect(filtered.contains(Self.firstTitle))
      #expect(!filtered.contains(Self.secondTitle))
      #expect(filtered.contains("Jay Carney ·"))
      #expect(!filtered.contains("Vladimir Putin ·"))
    }

    try tmux.send("e")
    try tmux.wait { $0.contains("Export ") }
    try tmux.send("Enter")
    let exported = try tmux.wait { $0.contains("exported ") }
    #expect(exported.contains("exported "))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(files.contains { $0.hasPrefix("reader-export-") && $0.hasSuffix(".txt") })

    try tmux.send("S")
    let restored = try tmux.wait { $0.contains("Articles · 2") && $0.contains("speaker: all") }
    #expect(restored.contains("Articles · 2") && restored.contains(Self.firstTitle))

    try tmux.resize(width: 80, height: 24)
    let narrow = try tmux.wait { $0.contains("Tab: quotes") }
    #expect(narrow.contains("Tab: quotes"))
    #expect(narrow.split(separator: "\n").first?.hasPrefix(" reader — ") == true)
    try tmux.resize(width: 30, height: 8)
    let tiny = try tmux.wait { $0.contains("terminal too small") }
    #expect(tiny.contains("terminal too small") && tiny.contains("(need 60×16)"))
    try tmux.resize(width: 160, height: 45)
    let grown = try tmux.wait { $0.contains(Self.firstTitle) }
    #expect(grown.contains(Self.firstTitle) && !grown.contains("terminal too small"))

    try tmux.send("q")
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: status) && Date() < deadline { usleep(100_000) }
    let outcome = try String(contentsOfFile: status, encoding: .utf8)
    #expect(outcome == "exit=0\n")
    #expect(try tmux.value("#{alternate_on}") == "0")
    #expect(!(try tmux.screen()).contains("reader — "))
  }
}
