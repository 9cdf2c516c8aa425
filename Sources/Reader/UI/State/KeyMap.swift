/// Turns a decoded key into an action: through the action table, except that prompts taking
/// text get printable characters, and terminal events map to their own actions.
enum KeyMap {
  static func action(for key: Key, in state: ReaderState) -> Action? {
    switch key {
    case .resize(let width, let height): return .resize(width: width, height: height)
    case .click(let x, let y): return .click(x: x, y: y)
    case .wheel(let x, let y, let lines): return .wheel(x: x, y: y, lines: lines)
    default: break
    }
    if let overlay = state.overlay {
      if overlay.takesText, let action = textAction(for: key, in: overlay) { return action }
      if case .confirmReplace = overlay, case .character(let c) = key { return .type(c) }
    }
    return ActionTable.command(for: key).map(Action.command)
  }

  private static func textAction(for key: Key, in overlay: Overlay) -> Action? {
    switch key {
    case .character(" "):
      if case .picker = overlay { return .command(.mark) }
      return .type(" ")
    case .character(let c): return .type(c)
    case .backspace: return .deleteBackward
    default: return nil
    }
  }
}
