import Foundation
import Model
import Synchronization
import Testing

@testable import Reader

@Suite struct AnalysisPipelineTests {
  let articles = CacheSandbox.articles((0..<40).map { "Headline \($0)\n\nBody of article \($0)." })

  @Test func resultsComeBackInInputOrder() async {
    let sandbox = CacheSandbox()
    let results = await sandbox.pipeline(nil, width: 4).analysed(articles).map(\.analysis)
    #expect(results.map { $0.entities.first?.name } == articles.map { String($0.text.prefix(12)) })
  }

  @Test func eventsReportStartEveryArticleAndFinish() async {
    let sandbox = CacheSandbox()
    var events: [PipelineEvent] = []
    await sandbox.pipeline(nil).run(articles) { events.append($0) }
    guard case .started(let total) = events.first else {
      Issue.record("no start event")
      return
    }
    #expect(total == 40)
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

  @Test func aWarmCacheIsReportedAtTheEnd() async {
    let sandbox = CacheSandbox()
    _ = await sandbox.pipeline(sandbox.cache()).analysed(articles)
    let counts = await Self.finishCounts(sandbox, articles)
    #expect(counts?.fresh == 0 && counts?.cached == 40)
  }

  /// How many articles a cached pipeline run analyses afresh and finds in the cache.
  static func finishCounts(_ sandbox: CacheSandbox, _ articles: [Article]) async -> (
    fresh: Int, cached: Int
  )? {
    var last: PipelineEvent?
    await sandbox.pipeline(sandbox.cache()).run(articles) { last = $0 }
    guard case .finished(let fresh, let cached) = last else { return nil }
    return (fresh, cached)
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
    _ = await pipeline.analysed(articles)
    #expect(gauge.withLock { $0.peak } <= 2)
  }

  @Test func progressLineGroupsThousands() {
    #expect(PipelineProgress(done: 3214, total: 10_000).line == "analysing 3,214 / 10,000")
    #expect(PipelineProgress.grouped(999) == "999")
    #expect(PipelineProgress.grouped(1_234_567) == "1,234,567")
  }
}

@Suite struct CorpusFeedTests {
  /// The articles in batches of 8, 6, 6 … as a loader would deliver them.
  static func batches(_ articles: [Article]) -> AsyncStream<LoadBatches.Batch> {
    let (stream, continuation) = AsyncStream.makeStream(of: LoadBatches.Batch.self)
    var start = 0
    while start < articles.count {
      let end = min(start + (start == 0 ? 8 : 6), articles.count)
      let problems = start == 0 ? [LoadProblem(source: "x.txt", message: "empty file")] : []
      continuation.yield(
        .init(
          articles: Array(articles[start..<end]), problems: problems,
          remaining: articles.count - end))
      start = end
    }
    continuation.finish()
    return stream
  }

  @Test func snapshotsGrowFourfoldUpToTheWholeCorpus() async {
    let sandbox = CacheSandbox()
    let articles = CacheSandbox.articles((0..<50).map { "Title \($0)\n\nText \($0)." })
    let feed = CorpusFeed(pipeline: sandbox.pipeline(nil, width: 2), firstSize: 8)
    var sizes: [Int] = []
    var progress: [Int] = []
    var last: CorpusFeed.Snapshot?
    for await snapshot in feed.snapshots(of: Self.batches(articles)) {
      progress.append(snapshot.progress.done)
      #expect(snapshot.progress.total == 50)
      #expect(snapshot.problems.count == 1)
      last = snapshot
      guard let corpus = snapshot.corpus else { continue }
      sizes.append(corpus.articles.count)
      #expect(corpus.articles.map(\.id) == articles.prefix(corpus.articles.count).map(\.id))
    }
    #expect(progress == [8, 14, 20, 26, 32, 38, 44, 50])
    // The first batch, then each time the prefix is four times larger, then the whole.
    #expect(sizes == [8, 32, 50])
    #expect(last?.progress.isComplete == true)
  }

  @Test func sourcesWithNothingInThemStillEndTheFeed() async {
    let sandbox = CacheSandbox()
    let feed = CorpusFeed(pipeline: sandbox.pipeline(nil, width: 2))
    var snapshots: [CorpusFeed.Snapshot] = []
    for await snapshot in feed.snapshots(of: Self.batches([])) { snapshots.append(snapshot) }
    #expect(snapshots.count == 1)
    #expect(snapshots.first?.corpus?.articles.isEmpty == true)
    #expect(snapshots.first?.progress.isComplete == true)
  }
}

@Suite struct PipelineCorpusTests {
  @Test func theCorpusHasEveryArticleWithItsAnalysisInOrder() async {
    let sandbox = CacheSandbox()
    let articles = CacheSandbox.articles((0..<30).map { "Title \($0)\n\nText \($0)." })
    let (corpus, problems) = await sandbox.pipeline(sandbox.cache()).corpus(
      from: CorpusFeedTests.batches(articles))
    #expect(corpus.articles.map(\.id) == articles.map(\.id))
    #expect(
      corpus.articles.map { $0.analysis.entities.first?.name }
        == articles.map { String($0.text.prefix(12)) })
    #expect(problems.map(\.source) == ["x.txt"])
  }

  @Test func everythingAnalysedBatchByBatchIsStoredWhenTheLoadEnds() async {
    let sandbox = CacheSandbox()
    let articles = CacheSandbox.articles((0..<30).map { "Title \($0)\n\nText \($0)." })
    let pipeline = sandbox.pipeline(sandbox.cache())
    _ = await pipeline.corpus(from: CorpusFeedTests.batches(articles))
    let counts = await AnalysisPipelineTests.finishCounts(sandbox, articles)
    #expect(counts?.fresh == 0 && counts?.cached == 30)
  }

  @Test func aCompactCorpusReadsBackTheSameAnalysesFreshOrCached() async {
    let sandbox = CacheSandbox()
    let articles = CacheSandbox.articles((0..<30).map { "Title \($0)\n\nText \($0)." })
    let plain = await sandbox.pipeline(nil).analysed(articles)
    var compact = sandbox.pipeline(sandbox.cache())
    compact.compact = true
    let fresh = await compact.analysed(articles)
    let cached = await compact.analysed(articles)
    #expect(fresh.map(\.analysis) == plain.map(\.analysis))
    #expect(cached.map(\.analysis) == plain.map(\.analysis))
    #expect(cached == plain)
  }
}
