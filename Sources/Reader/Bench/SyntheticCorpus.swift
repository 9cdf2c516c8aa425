import Foundation

/// A deterministic synthetic news corpus: article `i` for a seed is always the same text,
/// whatever the corpus size, so a corpus of N/10 articles is a prefix of one of N.
enum SyntheticCorpus {
  static let articleBytes = 4000

  static func article(_ index: Int, seed: UInt64) -> String {
    var writer = NewsArticleWriter(random: SeededRandom(seed: seed, item: index))
    return writer.article(targetBytes: articleBytes)
  }

  /// Writes `count` articles as `00000.txt`, `00001.txt`, … into `folder` (created if needed);
  /// returns the total size in bytes.
  @discardableResult
  static func write(count: Int, seed: UInt64, to folder: String) throws -> Int {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var bytes = 0
    for index in 0..<count {
      let data = Data(article(index, seed: seed).utf8)
      let name = String(repeating: "0", count: max(0, 5 - String(index).count)) + String(index)
      try data.write(to: URL(fileURLWithPath: folder + "/" + name + ".txt"))
      bytes += data.count
    }
    return bytes
  }
}
