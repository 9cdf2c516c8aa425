import CNcurses

/// Turns what curses reads (characters, function-key codes, mouse events) into keys.
enum InputDecoder {
  static func character(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      return Unicode.Scalar(value + 96).map { .control(Character($0)) }
    default:
      return Unicode.Scalar(value).map { .character(Character($0)) }
    }
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_NPAGE: return .pageDown
    case KEY_PPAGE: return .pageUp
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    default: return nil
    }
  }

  static func mouse(
    x: Int, y: Int, buttons: UInt, press: UInt, wheelUp: UInt, wheelDown: UInt
  ) -> Key? {
    if buttons & wheelUp != 0 { return .wheel(x: x, y: y, lines: -3) }
    if buttons & wheelDown != 0 { return .wheel(x: x, y: y, lines: 3) }
    if buttons & press != 0 { return .click(x: x, y: y) }
    return nil
  }
}
