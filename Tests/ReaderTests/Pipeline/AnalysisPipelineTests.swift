import Foundation
import Model
import Synchronization
import Testing

@testable import Reader

@Suite struct AnalysisPipelineTests {
  let articles = CacheSandbox.articles((0..<40).map { "Headline \($0)\n\nBody of article \($0)." })

  @Test func resultsComeBackInInputOrder() async {
    let sandbox = CacheSandbox()
    let results = await sandbox.pipeline(nil, width: 4).analyses(of: articles)
    #expect(results.map { $0.entities.first?.name } == articles.map { String($0.text.prefix(12)) })
  }

  @Test func eventsReportStartEveryArticleAndFinish() async {
    let sandbox = CacheSandbox()
    var events: [PipelineEvent] = []
    for await event in sandbox.pipeline(nil).events(for: articles) { events.append(event) }
    guard case .started(let total, let cached) = events.first else {
      Issue.record("no start event")
      return
    }
    #expect(total == 40 && cached == 0)
    guard case .finished(let fresh, let fromCache) = events.last else {
      Issue.record("no finish event")
      return
    }
    #expect(fresh == 40 && fromCache == 0)
    let analysed = events.compactMap { event -> (Int, PipelineProgress)? in
      guard case .analysed(let index, _, let progress) = event else { return nil }
      return (index, progress)
    }
    #expect(analysed.map(\.1.done) == Array(1...40))
    #expect(analysed.allSatisfy { $0.1.total == 40 })
    #expect(Set(analysed.map(\.0)) == Set(0..<40))
    #expect(events.count == 42)
  }

  @Test func aWarmCacheIsReportedAtTheStart() async {
    let sandbox = CacheSandbox()
    _ = await sandbox.pipeline(sandbox.cache()).analyses(of: articles)
    var first: PipelineEvent?
    var last: PipelineEvent?
    for await event in sandbox.pipeline(sandbox.cache()).events(for: articles) {
      if first == nil { first = event }
      last = event
    }
    if case .started(_, let cached) = first { #expect(cached == 40) } else { Issue.record() }
    if case .finished(let fresh, _) = last { #expect(fresh == 0) } else { Issue.record() }
  }

  @Test func noMoreThanWidthArticlesAreAnalysedAtOnce() async {
    let gauge = Mutex((current: 0, peak: 0))
    let pipeline = AnalysisPipeline(
      cache: nil, width: 2,
      analyze: { article in
        gauge.withLock {
          $0.current += 1
          $0.peak = max($0.peak, $0.current)
        }
        defer { gauge.withLock { $0.current -= 1 } }
        return Analysis(entities: [], quotes: [])
      })
    _ = await pipeline.analyses(of: articles)
    #expect(gauge.withLock { $0.peak } <= 2)
  }

  @Test func progressLineGroupsThousands() {
    #expect(PipelineProgress(done: 3214, total: 10_000).line == "analysing 3,214 / 10,000")
    #expect(PipelineProgress.grouped(999) == "999")
    #expect(PipelineProgress.grouped(1_234_567) == "1,234,567")
  }
}
