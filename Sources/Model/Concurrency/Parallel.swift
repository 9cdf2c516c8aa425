import Dispatch

/// Runs two independent pieces of work at once, on two cores when there are, so that building a
/// corpus's indexes takes the time of the longest rather than of all.
enum Parallel {
  static func both<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @Sendable () -> B
  ) -> (A, B) {
    nonisolated(unsafe) var a: A? = nil
    nonisolated(unsafe) var b: B? = nil
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 { a = first() } else { b = second() }
    }
    return (a ?? first(), b ?? second())
  }
}
