import Foundation

/// Measures how long the interface takes to handle an action and draw the next frame, without
/// a terminal: a benchmark behind a hidden flag, never a test.
enum FrameTiming {
  static func report(_ initial: ReaderState) -> String {
    let steps: [(String, Action)] = [
      ("j (list)", .command(.moveDown)), ("G (list)", .command(.last)),
      ("g (list)", .command(.first)), ("PgDn (list)", .command(.pageDown)),
      ("Tab", .command(.nextPane)), ("j (article)", .command(.moveDown)),
      ("Tab", .command(.nextPane)), ("j (quotes)", .command(.moveDown)),
      ("Enter (jump)", .command(.open)), ("s", .command(.pickSpeakers)),
      ("type a", .type("a")), ("Enter (filter)", .command(.open)),
      ("S", .command(.clearSpeakers)), ("/", .command(.search)), ("type t", .type("t")),
      ("type h", .type("h")), ("Enter", .command(.open)), ("n", .command(.nextHit)),
      ("resize", .resize(width: 100, height: 30)), ("resize", .resize(width: 160, height: 45)),
    ]
    var state = initial
    var lines = ["action                 ms (median of 20 runs)"]
    var worst = 0.0
    for (name, action) in steps {
      var times: [Double] = []
      var next = state
      for _ in 0..<20 {
        let start = DispatchTime.now().uptimeNanoseconds
        next = Reducer.reduce(state, action, now: Date())
        _ = Screen.render(next)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
      state = next
      let median = times.sorted()[times.count / 2]
      worst = max(worst, median)
      lines.append(
        name.padding(toLength: 23, withPad: " ", startingAt: 0) + String(format: "%.2f", median))
    }
    lines.append(String(format: "slowest: %.2f ms", worst))
    return lines.joined(separator: "\n")
  }
}
