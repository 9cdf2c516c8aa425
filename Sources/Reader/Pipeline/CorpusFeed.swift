import Model

/// Ever fuller corpora for the interface while the pipeline runs: the first as soon as the
/// first `firstSize` articles (in load order) are analysed, then each time that analysed
/// prefix doubles, the last with every article — so the first frame can be drawn at once and
/// the screen fills in. Building each corpus costs at most twice building the last one.
struct CorpusFeed: Sendable {
  /// A corpus of the articles analysed so far, and how far the whole analysis has come.
  struct Snapshot: Sendable {
    var corpus: Corpus
    var progress: PipelineProgress
  }

  var pipeline: AnalysisPipeline
  var firstSize = 64

  /// The snapshots as a stream; ending it early cancels the remaining analysis.
  func snapshots(of articles: [Article]) -> AsyncStream<Snapshot> {
    let (stream, continuation) = AsyncStream.makeStream(of: Snapshot.self)
    let task = Task {
      var results = [Analysis?](repeating: nil, count: articles.count)
      var ready = 0
      var threshold = max(1, firstSize)
      for await event in pipeline.events(for: articles) {
        if Task.isCancelled { break }
        guard case .analysed(let index, let analysis, let progress) = event else { continue }
        results[index] = analysis
        while ready < articles.count, results[ready] != nil { ready += 1 }
        guard ready >= min(threshold, articles.count) else { continue }
        while threshold <= ready { threshold *= 2 }
        let analysed = (0..<ready).map { position in
          AnalysedArticle(
            article: articles[position],
            analysis: results[position] ?? Analysis(entities: [], quotes: []))
        }
        continuation.yield(Snapshot(corpus: Corpus(analysed), progress: progress))
      }
      continuation.finish()
    }
    continuation.onTermination = { _ in task.cancel() }
    return stream
  }
}
