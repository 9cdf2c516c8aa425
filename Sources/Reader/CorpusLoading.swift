import ArgumentParser
import Model

/// Loading the sources of `reader speakers` and `reader export` as an analysed corpus.
extension SourceArguments {
  /// Loads and analyses every source on all cores, through the cache unless `--no-cache`;
  /// exits 1 when no article could be loaded.
  /// - Returns: the corpus, and whether some source had a problem (already reported).
  func loadCorpus() async throws -> (corpus: Corpus, hadProblems: Bool) {
    let (corpus, problems) = await AnalysisPipeline(cache: openCache(), compact: true).corpus(
      from: batches())
    Self.report(problems)
    guard !corpus.articles.isEmpty else {
      StandardError.print(nothingLoaded)
      throw ExitCode(1)
    }
    return (corpus, !problems.isEmpty)
  }
}
