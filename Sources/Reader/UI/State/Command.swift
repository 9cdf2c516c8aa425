/// Everything a key can ask the reader to do. Its keys and help text live in `ActionTable`.
enum Command: String, CaseIterable, Sendable {
  case moveDown
  case moveUp
  case first
  case last
  case pageDown
  case pageUp
  case nextPane
  case previousPane
  case open
  case mark
  case pickSpeakers
  case clearSpeakers
  case search
  case nextHit
  case previousHit
  case export
  case warnings
  case help
  case close
  case quit
  case redraw
}
