import Foundation

/// The interface's main loop: draw the state, read a key (or pick up posted actions), reduce,
/// carry out effects; until the user quits or input closes. The terminal is restored on the
/// way out.
@MainActor
struct InterfaceSession {
  let terminal: Terminal
  let mailbox: ActionMailbox
  let flags: ArticleFlagSync?

  func run(_ initial: ReaderState) {
    var state = initial
    flags?.restore(into: &state)
    let size = terminal.size
    state = Reducer.reduce(state, .resize(width: size.width, height: size.height), now: Date())
    var changed = true
    while !state.isQuitting {
      if changed { terminal.draw(Screen.render(state), fullRedraw: state.needsFullRedraw) }
      changed = false
      let key = terminal.readKey(milliseconds: 100)
      if terminal.isClosed { break }
      var actions = mailbox.take()
      if let key, let action = KeyMap.action(for: key, in: state) { actions.append(action) }
      let before = state
      for action in actions {
        state = Reducer.reduce(state, action, now: Date())
        while let effect = state.effect {
          let outcome = EffectRunner.perform(effect, in: state, now: Date())
          state = Reducer.reduce(state, outcome, now: Date())
        }
      }
      changed = !actions.isEmpty
      if changed { flags?.save(from: before, to: state) }
    }
    terminal.restore()
  }
}
