import Foundation
import GRDB
import Model
import Testing

@testable import Reader

@Suite struct AnalysisCacheTests {
  let texts = [
    "Talks resume\n\nThe minister said the talks would resume.",
    "Café owners protest\n\n\"We will not pay,\" said Zoë Ångström.",
    "Markets fall\n\nShares fell in Lagos on Monday.",
  ]

  @Test func unchangedArticlesAreNeverAnalysedTwice() async {
    let sandbox = CacheSandbox()
    let articles = CacheSandbox.articles(texts)
    let first = await sandbox.pipeline(sandbox.cache()).analysed(articles).map(\.analysis)
    #expect(sandbox.engineRuns == 3)
    let second = await sandbox.pipeline(sandbox.cache()).analysed(articles).map(\.analysis)
    #expect(sandbox.engineRuns == 3)
    #expect(second == first)
    #expect(sandbox.notices.isEmpty)
  }

  @Test func aChangedArticleIsAnalysedAgain() async {
    let sandbox = CacheSandbox()
    _ = await sandbox.pipeline(sandbox.cache()).analysed(CacheSandbox.articles(texts))
    var changed = texts
    changed[1] = "Tea owners protest\n\n\"We will not pay,\" said Zoë Ångström."
    let results = await sandbox.pipeline(sandbox.cache())
      .analysed(CacheSandbox.articles(changed)).map(\.analysis)
    #expect(sandbox.engineRuns == 4)
    #expect(results[1].entities.first?.name == "Tea owners p")
  }

  @Test func garbageInPlaceOfTheCacheIsRebuilt() async throws {
    let sandbox = CacheSandbox()
    _ = await sandbox.pipeline(sandbox.cache()).analysed(CacheSandbox.articles(texts))
    try Data(repeating: 0x5A, count: 10_000).write(
      to: URL(fileURLWithPath: sandbox.location.cacheFile))
    let cache = sandbox.cache()
    #expect(sandbox.notices.count == 1)
    #expect(sandbox.notices.first?.contains("corrupt; rebuilt") == true)
    _ = await sandbox.pipeline(cache).analysed(CacheSandbox.articles(texts))
    #expect(sandbox.engineRuns == 6)
    #expect(cache.cachedAnalyses(for: CacheSandbox.articles(texts).map(ContentHash.of)).count == 3)
  }

  @Test func aTruncatedCacheIsRebuiltNotTrusted() async throws {
    let sandbox = CacheSandbox()
    let many = (0..<300).map { "Article \($0)\n\n" + String(repeating: "Words \($0). ", count: 80) }
    let articles = CacheSandbox.articles(many)
    _ = await sandbox.pipeline(sandbox.cache()).analysed(articles)
    let file = sandbox.location.cacheFile
    let size = try #require(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
    let handle = try #require(FileHandle(forWritingAtPath: file))
    try handle.truncate(atOffset: UInt64(size / 2))
    try handle.close()
    let results = await sandbox.pipeline(sandbox.cache()).analysed(articles).map(\.analysis)
    #expect(sandbox.notices.count == 1)
    #expect(sandbox.notices.first?.contains("rebuilt") == true)
    #expect(sandbox.engineRuns == 600)
    #expect(results.map { $0.entities.first?.name } == articles.map { String($0.text.prefix(12)) })
  }

  @Test func anotherEngineBuildsResultsAreDropped() async {
    let sandbox = CacheSandbox()
    let articles = CacheSandbox.articles(texts)
    _ = await sandbox.pipeline(sandbox.cache(engineVersion: 1)).analysed(articles)
    _ = await sandbox.pipeline(sandbox.cache(engineVersion: 2)).analysed(articles)
    #expect(sandbox.engineRuns == 6)
    #expect(
      sandbox.notices == [
        "reader: the cache at \(sandbox.location.cacheFile) was made by another build of the engine; rebuilt it"
      ])
    _ = await sandbox.pipeline(sandbox.cache(engineVersion: 2)).analysed(articles)
    #expect(sandbox.engineRuns == 6)
  }

  @Test func aCacheLockedByAnotherConnectionIsReplaced() async throws {
    let sandbox = CacheSandbox()
    _ = sandbox.cache()
    var configuration = Configuration()
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
    let locker = try DatabaseQueue(path: sandbox.location.cacheFile, configuration: configuration)
    try await locker.write { db in try db.execute(sql: "INSERT INTO meta VALUES ('lock', 1)") }
    let cache = sandbox.cache(busyTimeout: 0.05)
    #expect(sandbox.notices.count == 1)
    #expect(sandbox.notices.first?.contains("locked") == true)
    _ = await sandbox.pipeline(cache).analysed(CacheSandbox.articles(texts))
    _ = await sandbox.pipeline(cache).analysed(CacheSandbox.articles(texts))
    #expect(sandbox.engineRuns == 3)
    try locker.close()
  }

  @Test func twoConnectionsStoreAtOnceAndSeeEachOther() async {
    let sandbox = CacheSandbox()
    let first = sandbox.cache()
    let second = sandbox.cache()
    let left = CacheSandbox.articles((0..<200).map { "Left \($0)\n\nBody \($0)." })
    let right = CacheSandbox.articles((0..<200).map { "Right \($0)\n\nBody \($0)." })
    async let a = sandbox.pipeline(first).analysed(left).map(\.analysis)
    async let b = sandbox.pipeline(second).analysed(right).map(\.analysis)
    _ = await (a, b)
    let all = (left + right).map(ContentHash.of)
    #expect(first.cachedAnalyses(for: all).count == 400)
    #expect(second.cachedAnalyses(for: all).count == 400)
    #expect(sandbox.notices.isEmpty)
  }

  @Test func searchFindsWordsAcrossAccentsAndPrefixes() async {
    let sandbox = CacheSandbox()
    let cache = sandbox.cache()
    let articles = CacheSandbox.articles(texts)
    _ = await sandbox.pipeline(cache).analysed(articles)
    #expect(cache.search("cafe") == [ContentHash.of(articles[1])])
    #expect(cache.search("angstr") == [ContentHash.of(articles[1])])
    #expect(Set(cache.search("said")) == Set([articles[0], articles[1]].map(ContentHash.of)))
    #expect(cache.search("(minister) \"talk") == [ContentHash.of(articles[0])])
    #expect(cache.search("  ").isEmpty)
  }

  @Test func aCacheThatCannotBeCreatedIsSkippedWithANotice() async throws {
    let sandbox = CacheSandbox()
    // A plain file where the cache folder should be.
    try Data("x".utf8).write(to: URL(fileURLWithPath: sandbox.location.cacheDirectory))
    let cache = sandbox.cache()
    #expect(!cache.isAvailable)
    #expect(sandbox.notices.count == 1)
    #expect(sandbox.notices.first?.hasSuffix("working without it") == true)
    let results = await sandbox.pipeline(cache).analysed(CacheSandbox.articles(texts)).map(
      \.analysis)
    #expect(results.count == 3)
    #expect(sandbox.engineRuns == 3)
  }

  @Test func noCacheMeansEveryRunAnalyses() async {
    let sandbox = CacheSandbox()
    let articles = CacheSandbox.articles(texts)
    _ = await sandbox.pipeline(nil).analysed(articles)
    _ = await sandbox.pipeline(nil).analysed(articles)
    #expect(sandbox.engineRuns == 6)
    #expect(!FileManager.default.fileExists(atPath: sandbox.location.cacheFile))
  }
}
