import Foundation

/// The interface's main loop: draw the state, read a key, reduce, carry out effects; until
/// the user quits or input closes. The terminal is restored on the way out.
@MainActor
struct InterfaceSession {
  let terminal: Terminal

  func run(_ initial: ReaderState) {
    var state = initial
    let size = terminal.size
    state = Reducer.reduce(state, .resize(width: size.width, height: size.height), now: Date())
    var changed = true
    while !state.isQuitting {
      if changed { terminal.draw(Screen.render(state), fullRedraw: state.needsFullRedraw) }
      changed = false
      guard let key = terminal.readKey(milliseconds: 250) else {
        if terminal.isClosed { break }
        continue
      }
      changed = true
      guard let action = KeyMap.action(for: key, in: state) else { continue }
      state = Reducer.reduce(state, action, now: Date())
      while let effect = state.effect {
        let outcome = EffectRunner.perform(effect, in: state, now: Date())
        state = Reducer.reduce(state, outcome, now: Date())
      }
    }
    terminal.restore()
  }
}
