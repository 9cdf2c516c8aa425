import ArgumentParser
import Model

/// Loading the sources of `reader speakers` and `reader export` as an analysed corpus.
extension SourceArguments {
  /// Loads and analyses every source on all cores, through the cache unless `--no-cache`;
  /// exits 1 when no article could be loaded.
  /// - Returns: the corpus, and whether some source had a problem (already reported).
  func loadCorpus() async throws -> (corpus: Corpus, hadProblems: Bool) {
    let report = await load()
    guard !report.articles.isEmpty else {
      StandardError.print("reader: no articles in \(resolved.joined(separator: ", "))")
      throw ExitCode(1)
    }
    let corpus = await AnalysisPipeline(cache: openCache()).corpus(of: report.articles)
    return (corpus, !report.problems.isEmpty)
  }
}
