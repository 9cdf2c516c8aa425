import Model

/// Everything that can change the reader's state: a command from the action table, text typed
/// into a prompt, terminal events, and results of work done outside the reducer.
enum Action: Sendable {
  case command(Command)
  case type(Character)
  case deleteBackward
  case resize(width: Int, height: Int)
  case click(x: Int, y: Int)
  case wheel(x: Int, y: Int, lines: Int)
  /// Loading and analysis moved on in the background: the problems so far, the progress and,
  /// now and then, a fuller corpus.
  case loaded(CorpusFeed.Snapshot)
  /// The export target exists: ask before replacing it.
  case exportNeedsConfirmation(path: String)
  /// The export ended with this message for the status line.
  case exportFinished(message: String)
  /// Something to tell the user on the status line (a damaged state file was set aside).
  case notice(String)
}

/// Work the reducer asks the runtime to do, whose outcome comes back as an action.
enum Effect: Equatable, Sendable {
  case export(path: String, replace: Bool)
}
