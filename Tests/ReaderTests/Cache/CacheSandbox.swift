import Foundation
import Model
import Synchronization

@testable import Reader

/// A temporary cache and state folder for one test (never the user's), with the notices the
/// cache printed and an engine stand-in that counts its runs.
final class CacheSandbox: Sendable {
  let folder: String
  private let noticesSeen = Mutex<[String]>([])
  private let runs = Mutex(0)

  init() {
    folder = NSTemporaryDirectory() + "reader-cache-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: folder)
  }

  var location: CacheLocation {
    CacheLocation(cacheDirectory: folder + "/cache", stateDirectory: folder + "/state")
  }

  var notices: [String] { noticesSeen.withLock { $0 } }
  var engineRuns: Int { runs.withLock { $0 } }

  func cache(engineVersion: Int = 1, busyTimeout: TimeInterval = 3) -> AnalysisCache {
    AnalysisCache(
      file: location.cacheFile, engineVersion: engineVersion, busyTimeout: busyTimeout,
      notice: { line in self.noticesSeen.withLock { $0.append(line) } })
  }

  func stateStore() -> StateStore {
    StateStore(
      file: location.stateFile, notice: { line in self.noticesSeen.withLock { $0.append(line) } })
  }

  func pipeline(_ cache: AnalysisCache?, width: Int = 3) -> AnalysisPipeline {
    AnalysisPipeline(cache: cache, width: width, analyze: countedAnalysis)
  }

  /// A stand-in engine: one entity named after the article's first words, counted per run.
  @Sendable func countedAnalysis(_ article: Article) -> Analysis {
    runs.withLock { $0 += 1 }
    let mention = Mention(start: 0, end: min(5, article.text.unicodeScalars.count), text: "")
    return Analysis(
      entities: [
        Entity(
          id: "e1", name: String(article.text.prefix(12)), type: .person, role: nil,
          mentions: [mention])
      ], quotes: [])
  }

  static func articles(_ texts: [String]) -> [Article] {
    texts.enumerated().map { PlainTextParser.parse(text: $1, path: "a\($0).txt") }
  }
}
