import Foundation
import Model

/// Reads the cache one batch of articles at a time, in input order, as the pipeline reaches
/// them: each article's content hash and its stored analysis, if any. Without a cache every
/// entry is (nil, nil).
struct CacheLookahead {
  let cache: AnalysisCache?
  let articles: [Article]
  let batch: Int
  private var batchStart = -1
  private var hashes: [String] = []
  private var stored: [String: Data] = [:]

  init(cache: AnalysisCache?, articles: [Article], batch: Int) {
    self.cache = cache
    self.articles = articles
    self.batch = max(1, batch)
  }

  mutating func entry(at index: Int) -> (hash: String?, analysis: Data?) {
    guard let cache else { return (nil, nil) }
    let start = index - index % batch
    if start != batchStart {
      batchStart = start
      hashes = articles[start..<min(start + batch, articles.count)].map(ContentHash.of)
      stored = cache.cachedAnalyses(for: hashes)
    }
    let hash = hashes[index - start]
    return (hash, stored[hash])
  }
}
