import Foundation
import Testing

@testable import Reader

@Suite struct ExtractCacheTests {
  @Test func twoProcessesShareTheCacheAndAgreeWithNoCache() async throws {
    let sandbox = CacheSandbox()
    let corpus = sandbox.folder + "/corpus"
    try SyntheticCorpus.write(count: 60, seed: 4, to: corpus)
    var environment = ProcessInfo.processInfo.environment
    environment["READER_CACHE_DIR"] = sandbox.location.cacheDirectory
    environment["XDG_STATE_HOME"] = sandbox.folder + "/state-home"
    let env = environment
    async let first = Task.detached { try ReaderBinary.run(["extract", corpus], environment: env) }
      .value
    async let second = Task.detached {
      try ReaderBinary.run(["extract", corpus], environment: env)
    }
    .value
    let outcomes = try await [first, second]
    let uncached = try ReaderBinary.run(["extract", "--no-cache", corpus], environment: env)
    for outcome in outcomes {
      #expect(outcome.status == 0)
      #expect(outcome.stderr.isEmpty)  // no notice, and no progress bar on a pipe
      #expect(outcome.stdout == uncached.stdout)
    }
    #expect(uncached.stdout.split(separator: "\n").count == 60)
    #expect(FileManager.default.fileExists(atPath: sandbox.location.cacheFile))
  }

  @Test func noCacheLeavesNoCacheBehind() throws {
    let sandbox = CacheSandbox()
    var environment = ProcessInfo.processInfo.environment
    environment["READER_CACHE_DIR"] = sandbox.location.cacheDirectory
    let outcome = try ReaderBinary.run(["extract", "--no-cache"], environment: environment)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.location.cacheDirectory))
  }
}
