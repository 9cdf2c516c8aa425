/// The three panes, in Tab order.
enum Pane: Int, CaseIterable, Sendable {
  case list
  case article
  case quotes
}
