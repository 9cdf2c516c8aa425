/// A key press or terminal event, decoded by the terminal from curses input.
enum Key: Hashable, Sendable {
  case character(Character)
  /// A control key: `.control("f")` is Ctrl-F.
  case control(Character)
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case tab
  case backTab
  case enter
  case escape
  case backspace
  case resize(width: Int, height: Int)
  case click(x: Int, y: Int)
  case wheel(x: Int, y: Int, lines: Int)

  /// How the help screen and the README name the key.
  var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-" + c.uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .resize: return "resize"
    case .click: return "click"
    case .wheel: return "wheel"
    }
  }
}
