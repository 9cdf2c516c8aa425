/// The one table of actions: each command's default keys and help text. The key map, the `?`
/// help screen and the README's key list are all generated from it.
enum ActionTable {
  /// One row of the table.
  struct Binding: Sendable {
    var command: Command
    var keys: [Key]
    var help: String
  }

  static let bindings: [Binding] = [
    Binding(command: .moveDown, keys: [.character("j"), .down], help: "move down"),
    Binding(command: .moveUp, keys: [.character("k"), .up], help: "move up"),
    Binding(command: .first, keys: [.character("g"), .home], help: "first row"),
    Binding(command: .last, keys: [.character("G"), .end], help: "last row"),
    Binding(command: .pageDown, keys: [.pageDown, .control("f")], help: "page down"),
    Binding(command: .pageUp, keys: [.pageUp, .control("b")], help: "page up"),
    Binding(command: .nextPane, keys: [.tab], help: "next pane"),
    Binding(command: .previousPane, keys: [.backTab], help: "previous pane"),
    Binding(
      command: .open, keys: [.enter], help: "open the article / jump to the quote in it"),
    Binding(command: .mark, keys: [.character(" ")], help: "mark or unmark the article"),
    Binding(
      command: .pickSpeakers, keys: [.character("s")],
      help: "filter by speaker: type to narrow, Space adds another, Enter applies"),
    Binding(command: .clearSpeakers, keys: [.character("S")], help: "clear the speaker filter"),
    Binding(command: .search, keys: [.character("/")], help: "search as you type"),
    Binding(command: .nextHit, keys: [.character("n")], help: "next search hit"),
    Binding(command: .previousHit, keys: [.character("N")], help: "previous search hit"),
    Binding(
      command: .export, keys: [.character("e")], help: "export the selection to a file"),
    Binding(command: .warnings, keys: [.character("w")], help: "show load warnings"),
    Binding(command: .help, keys: [.character("?")], help: "this help"),
    Binding(command: .close, keys: [.escape], help: "close the overlay or prompt"),
    Binding(command: .quit, keys: [.character("q")], help: "quit"),
    Binding(command: .redraw, keys: [.control("l")], help: "redraw the screen"),
  ]

  /// The command a key runs when no prompt is taking text.
  static func command(for key: Key) -> Command? {
    keyMap[key]
  }

  private static let keyMap: [Key: Command] = {
    var map: [Key: Command] = [:]
    for binding in bindings {
      for key in binding.keys { map[key] = binding.command }
    }
    return map
  }()

  static func keyLabels(of binding: Binding) -> String {
    binding.keys.map(\.label).joined(separator: " ")
  }

  /// The key list as a Markdown table, for the README.
  static func markdown() -> String {
    var lines = ["| keys | action |", "| --- | --- |"]
    for binding in bindings {
      let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
      lines.append("| \(keys) | \(binding.help) |")
    }
    lines.append("| mouse | click selects a row or focuses a pane; the wheel scrolls |")
    return lines.joined(separator: "\n") + "\n"
  }
}
