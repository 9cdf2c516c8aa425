import Synchronization
import Testing

@testable import Model

@Suite struct BoundedTasksTests {
  @Test func everyPieceRunsOnceStartedInOrderWithAtMostWidthAtOnce() async {
    let gauge = Mutex((current: 0, peak: 0))
    var started: [Int] = []
    var results: [Int: Int] = [:]
    await BoundedTasks.run(
      count: 20, width: 3,
      start: { index in
        started.append(index)
        return {
          gauge.withLock {
            $0.current += 1
            $0.peak = max($0.peak, $0.current)
          }
          try? await Task.sleep(for: .milliseconds(2))
          gauge.withLock { $0.current -= 1 }
          return index * index
        }
      },
      each: { index, result in results[index] = result })
    #expect(started == Array(0..<20))
    #expect(results == Dictionary(uniqueKeysWithValues: (0..<20).map { ($0, $0 * $0) }))
    #expect(gauge.withLock { $0.peak } <= 3)
  }

  @Test func nothingMoreStartsOnceTheTaskIsCancelled() async {
    let task = Task {
      var started = 0
      await BoundedTasks.run(
        count: 100, width: 2,
        start: { _ in
          started += 1
          return { 0 }
        },
        each: { _, _ in withUnsafeCurrentTask { $0?.cancel() } })
      return started
    }
    #expect(await task.value == 2)
  }
}
