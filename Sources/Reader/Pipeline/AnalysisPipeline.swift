import Foundation
import Model

/// Analyses many articles on all cores — a task group that keeps at most `width` engine runs
/// in flight — taking what it can from the cache and storing what it computes, and reports
/// each result as it arrives so a screen can show progress and fill in.
struct AnalysisPipeline: Sendable {
  var cache: AnalysisCache?
  var width = max(1, ProcessInfo.processInfo.activeProcessorCount)
  var analyze: @Sendable (Article) -> Analysis = Analyzer.analyze
  /// Articles per cache read, and fresh results per cache write.
  var batch = 256

  /// Whether analysed articles keep their analysis encoded, as the cache stores it (see
  /// `AnalysedArticle`): for corpora held in memory. Without a cache they are kept decoded.
  var compact = false

  /// Every article with its analysis, in the order of `articles`.
  /// `flushing` as for `run`.
  func analysed(_ articles: [Article], flushing: Bool = true) async -> [AnalysedArticle] {
    var results = [AnalysedArticle?](repeating: nil, count: articles.count)
    await run(articles, flushing: flushing) { event in
      if case .analysed(let index, let article, _) = event { results[index] = article }
    }
    return zip(articles, results).map { article, result in
      result ?? AnalysedArticle(article: article, analysis: Analysis(entities: [], quotes: []))
    }
  }

  /// Analyses articles as their sources are read, one loaded batch at a time, calling `body`
  /// with each batch once analysed, in load order; an error thrown by `body` stops the work.
  func analyse(
    _ batches: some AsyncSequence<LoadBatches.Batch, Never>,
    _ body: (AnalysedBatch) async throws -> Void
  ) async rethrows {
    var done = 0
    for await batch in batches {
      if Task.isCancelled { return }
      let articles = await analysed(batch.articles, flushing: false)
      done += batch.articles.count
      try await body(
        AnalysedBatch(
          articles: articles,
          problems: batch.problems,
          progress: PipelineProgress(done: done, total: done + batch.remaining)))
    }
    await cache?.flush()
  }

  /// The analysed corpus of everything the batches hold, and the problems met loading them.
  func corpus(from batches: some AsyncSequence<LoadBatches.Batch, Never>) async
    -> (corpus: Corpus, problems: [LoadProblem])
  {
    var articles: [AnalysedArticle] = []
    var problems: [LoadProblem] = []
    await analyse(batches) { batch in
      articles += batch.articles
      problems += batch.problems
    }
    return (Corpus(articles), problems)
  }

  /// Runs the pipeline, calling `report` on the calling task for every event. The cache is
  /// read a batch at a time, just ahead of the engine, so the first results come at once;
  /// fresh results are written behind it, and all are stored when this returns unless
  /// `flushing` is false (the caller then flushes the cache itself).
  func run(_ articles: [Article], flushing: Bool = true, report: (PipelineEvent) -> Void) async {
    report(.started(total: articles.count))
    var lookup = CacheLookahead(cache: cache, articles: articles, batch: batch)
    var fresh: [CachedDocument] = []
    var freshCount = 0
    var done = 0
    await BoundedTasks.run(
      count: articles.count, width: width,
      start: { index in
        let (hash, blob) = lookup.entry(at: index)
        return { outcome(for: articles[index], hash: hash, cached: blob) }
      },
      each: { index, result in
        done += 1
        report(
          .analysed(
            index: index, article: result.article,
            progress: PipelineProgress(done: done, total: articles.count)))
        if !result.fromCache { freshCount += 1 }
        if let document = result.document {
          fresh.append(document)
          if fresh.count >= batch {
            // One write behind at most, so unwritten results never pile up in memory.
            await cache?.flush()
            cache?.storeLater(fresh)
            fresh.removeAll(keepingCapacity: true)
          }
        }
      })
    cache?.storeLater(fresh)
    if flushing { await cache?.flush() }
    report(.finished(fresh: freshCount, cached: articles.count - freshCount))
  }

  /// One batch of loaded articles with their analyses, and how far the whole load has come
  /// (the total counts each document not yet read as one article).
  struct AnalysedBatch: Sendable {
    var articles: [AnalysedArticle]
    var problems: [LoadProblem]
    var progress: PipelineProgress
  }

  /// One article's analysis, and the cache entry to write when it was computed afresh.
  private struct Outcome: Sendable {
    var article: AnalysedArticle
    var fromCache: Bool
    var document: CachedDocument?
  }

  private func outcome(for article: Article, hash: String?, cached: Data?) -> Outcome {
    if let cached, let analysis = AnalysisCoding.decode(cached) {
      let analysed =
        compact
        ? AnalysedArticle(
          article: article, encoded: cached, quoteCount: analysis.quotes.count,
          decode: Self.decode)
        : AnalysedArticle(article: article, analysis: analysis)
      return Outcome(article: analysed, fromCache: true, document: nil)
    }
    let analysis = analyze(article)
    let document = hash.map { hash in
      CachedDocument(hash: hash, analysis: AnalysisCoding.encode(analysis), article: article)
    }
    let analysed =
      if compact, let document {
        AnalysedArticle(
          article: article, encoded: document.analysis, quoteCount: analysis.quotes.count,
          decode: Self.decode)
      } else {
        AnalysedArticle(article: article, analysis: analysis)
      }
    return Outcome(article: analysed, fromCache: false, document: document)
  }

  /// Reads back an analysis this pipeline encoded or found readable in the cache.
  private static func decode(_ data: Data) -> Analysis {
    AnalysisCoding.decode(data) ?? Analysis(entities: [], quotes: [])
  }
}
