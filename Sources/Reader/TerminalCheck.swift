import CNcurses
import Foundation

/// Decides whether a full-screen interface can run: stdin and stdout must be terminals and
/// TERM must name a terminal that can move the cursor.
enum TerminalCheck {
  static let refusal = "reader: not a terminal — use 'reader extract' or 'reader export' in scripts"

  static func canRunInterface(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    isTerminal: (Int32) -> Bool = { isatty($0) == 1 }
  ) -> Bool {
    guard isTerminal(0), isTerminal(1) else { return false }
    guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
    var status: Int32 = 0
    guard setupterm(term, 1, &status) == OK, status == 1 else { return false }
    return tigetstr("cup") != nil
  }
}
