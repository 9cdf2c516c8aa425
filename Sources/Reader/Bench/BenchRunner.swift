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
    try await measureExtraction(folder, into: &figures)

    let cacheFile = workspace + "/cache-\(count)/analysis.sqlite"
    // The peak counts what the reader holds from here on: opening, filtering, searching.
    ProcessMemory.resetPeak()
    figures.coldOpenSeconds = await Stopwatch.secondsAsync { _ = await open(folder, cacheFile) }
    figures.warmOpenSeconds = await Stopwatch.secondsAsync { _ = await open(folder, cacheFile) }
    figures.warmFirstFrameMilliseconds =
      await Stopwatch.secondsAsync { await drawFirstFrame(folder, cacheFile) } * 1000
    let state = await open(folder, cacheFile)
    let interaction = InteractionBench(state: state)
    figures.filterMilliseconds = interaction.speakerFilterTimings()
    figures.searchMilliseconds = interaction.searchTimings()
    figures.keyMilliseconds = interaction.keyTimings()
    figures.peakRSSMegabytes = ProcessMemory.peakResidentMegabytes()
    return figures
  }

  /// The engine's throughput on the loaded corpus: alone on one thread, then on all cores.
  private func measureExtraction(_ folder: String, into figures: inout BenchFigures) async throws {
    let articles = await SourceLoader().load([folder]).articles
    let megabytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
    // The lexicons load once per process, on first use: not part of the engine's throughput.
    var found = articles.first.map { Analyzer.analyze($0).quotes.count } ?? 0
    let oneCore = Stopwatch.seconds {
      for article in articles {
        let analysis = Analyzer.analyze(article)
        found += analysis.entities.count + analysis.quotes.count
      }
    }
    figures.extractMBPerSecondOneCore = megabytes / oneCore
    let allCores = await Stopwatch.secondsAsync {
      await AnalysisPipeline(cache: nil).run(articles) { event in
        if case .analysed(_, let article, _) = event { found += article.analysis.quotes.count }
      }
    }
    figures.extractMBPerSecondAllCores = megabytes / allCores
    withExtendedLifetime(found) {}
  }

  /// Opening the reader fully: load, analyse through the cache, build the corpus indexes and
  /// the interface state at 160×45.
  private func open(_ folder: String, _ cacheFile: String) async -> ReaderState {
    let cache = AnalysisCache(file: cacheFile, notice: StandardError.print)
    let batches = SourceLoader().batches([folder])
    let (corpus, problems) = await AnalysisPipeline(cache: cache, compact: true).corpus(
      from: batches)
    return ReaderState(corpus: corpus, problems: problems, width: 160, height: 45)
  }

  /// From sources to the first frame drawn into the cell buffer at 160×45, as the interface
  /// does it: the first snapshot of the corpus feed with its progress line, then stops here.
  private func drawFirstFrame(_ folder: String, _ cacheFile: String) async {
    let cache = AnalysisCache(file: cacheFile, notice: StandardError.print)
    let feed = CorpusFeed(pipeline: AnalysisPipeline(cache: cache, compact: true))
    var state = ReaderState(corpus: Corpus([]), width: 160, height: 45)
    for await snapshot in feed.snapshots(of: SourceLoader().batches([folder])) {
      state.load(snapshot)
      guard state.corpus.articles.isEmpty else { break }
    }
    _ = Screen.render(state)
  }
}
