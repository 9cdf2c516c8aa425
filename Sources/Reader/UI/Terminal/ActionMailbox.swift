import Synchronization

/// Actions posted from other tasks (a fuller corpus from the analysis pipeline) for the
/// interface loop to pick up between keys.
final class ActionMailbox: Sendable {
  private let pending = Mutex<[Action]>([])

  func post(_ action: Action) {
    pending.withLock { $0.append(action) }
  }

  /// Every action posted since the last call, oldest first.
  func take() -> [Action] {
    pending.withLock { actions in
      defer { actions.removeAll() }
      return actions
    }
  }
}
