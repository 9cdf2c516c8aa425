/// Runs many pieces of work with at most `width` of them at once: started in order, each
/// result handed back on the calling task as it arrives (in completion order), so that a long
/// list neither floods the thread pool nor waits for its slowest piece before the next starts.
/// Once the calling task is cancelled no more work is started.
public enum BoundedTasks {
  /// - Parameters:
  ///   - start: called on the calling task, in index order, just before the work at that index
  ///     is due to start; returns the work.
  ///   - each: called on the calling task with each index and its result.
  public static func run<Result: Sendable>(
    count: Int, width: Int,
    start: (Int) -> @Sendable () async -> Result,
    each: (Int, Result) async -> Void
  ) async {
    await withTaskGroup(of: (Int, Result).self) { group in
      var next = 0
      func startNext() {
        let index = next
        let work = start(index)
        group.addTask { (index, await work()) }
        next += 1
      }
      while next < min(max(1, width), count) { startNext() }
      for await (index, result) in group {
        await each(index, result)
        if next < count && !Task.isCancelled { startNext() }
      }
    }
  }
}
