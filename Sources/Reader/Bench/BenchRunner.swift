import Foundation
import Model

/// Measures the reader on a synthetic corpus of a given size, in a scratch folder of its own
/// (its own cache too: the user's cache is never touched).
struct BenchRunner {
  var seed: UInt64
  var workspace: String

  func figures(articles count: Int) async throws -> BenchFigures {
    let folder = workspace + "/corpus-\(count)"
    let bytes = try SyntheticCorpus.write(count: count, seed: seed, to: folder)
    var figures = BenchFigures(articles: count, bytes: bytes)
    let articles = await SourceLoader().load([folder]).articles
    let megabytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
    var found = 0
    let oneCore = Stopwatch.seconds {
      for article in articles {
        let analysis = Analyzer.analyze(article)
        found += analysis.entities.count + analysis.quotes.count
      }
    }
    figures.extractMBPerSecondOneCore = megabytes / oneCore
    let allCores = await Stopwatch.secondsAsync {
      found += await AnalysisPipeline(cache: nil).analyses(of: articles).count
    }
    figures.extractMBPerSecondAllCores = megabytes / allCores
    withExtendedLifetime(found) {}

    let cacheFile = workspace + "/cache-\(count)/analysis.sqlite"
    figures.coldOpenSeconds = await Stopwatch.secondsAsync { _ = await open(folder, cacheFile) }
    figures.warmOpenSeconds = await Stopwatch.secondsAsync { _ = await open(folder, cacheFile) }
    figures.searchMilliseconds = searchTimings(cacheFile)
    figures.peakRSSMegabytes = ProcessMemory.peakResidentMegabytes()
    return figures
  }

  /// Everything opening the reader on a folder costs: load, analyse through the cache, index.
  private func open(_ folder: String, _ cacheFile: String) async -> [Analysis] {
    let articles = await SourceLoader().load([folder]).articles
    let cache = AnalysisCache(file: cacheFile, notice: StandardError.print)
    return await AnalysisPipeline(cache: cache).analyses(of: articles)
  }

  /// Full-text searches for names and topics from the grammar, in milliseconds each.
  private func searchTimings(_ cacheFile: String) -> Percentiles? {
    let cache = AnalysisCache(file: cacheFile, notice: StandardError.print)
    let queries = NewsLexicon.surnames + NewsLexicon.topics + NewsLexicon.places
    return Percentiles(
      queries.map { query in
        Stopwatch.seconds { _ = cache.search(query) } * 1000
      })
  }
}
