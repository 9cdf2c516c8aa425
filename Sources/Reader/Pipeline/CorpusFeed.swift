import Model

/// Ever fuller corpora for the interface while sources are read and analysed: the first as soon
/// as the first loaded batch is analysed, then each time the analysed prefix has grown fourfold,
/// the last with every article — so the first frame can be drawn at once and the screen fills
/// in. All the corpora together cost at most a third more than the last one. Between corpora,
/// snapshots carry only progress.
struct CorpusFeed: Sendable {
  /// Where loading and analysis stand: a fuller corpus when one was built, the problems met so
  /// far, and the progress.
  struct Snapshot: Sendable {
    var corpus: Corpus?
    var problems: [LoadProblem]
    var progress: PipelineProgress
  }

  var pipeline: AnalysisPipeline
  var firstSize = 64

  /// The snapshots as a stream; ending it early cancels the remaining loading and analysis.
  func snapshots(of batches: some AsyncSequence<LoadBatches.Batch, Never> & Sendable)
    -> AsyncStream<Snapshot>
  {
    let (stream, continuation) = AsyncStream.makeStream(of: Snapshot.self)
    let task = Task {
      var analysed: [AnalysedArticle] = []
      var problems: [LoadProblem] = []
      var threshold = max(1, firstSize)
      var shown = -1
      await pipeline.analyse(batches) { batch in
        analysed += batch.articles
        problems += batch.problems
        var corpus: Corpus?
        if analysed.count >= threshold || batch.progress.isComplete {
          while threshold <= analysed.count { threshold *= 4 }
          corpus = Corpus(analysed)
          shown = analysed.count
        }
        continuation.yield(Snapshot(corpus: corpus, problems: problems, progress: batch.progress))
      }
      if shown != analysed.count && !Task.isCancelled {
        let done = PipelineProgress(done: analysed.count, total: analysed.count)
        continuation.yield(Snapshot(corpus: Corpus(analysed), problems: problems, progress: done))
      }
      continuation.finish()
    }
    continuation.onTermination = { _ in task.cancel() }
    return stream
  }
}
