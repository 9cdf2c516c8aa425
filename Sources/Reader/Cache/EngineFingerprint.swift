import Foundation
import Model

/// Identifies the engine that filled the cache: `Analyzer.version` together with the identity of
/// this executable (its size and modification time), so a rebuilt engine never reads results
/// that an earlier build cached, even when nobody bumped the version.
enum EngineFingerprint {
  static let current = of(executable: "/proc/self/exe", version: Analyzer.version)

  static func of(executable: String, version: Int) -> Int {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: executable)) ?? executable
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in [Int64(version), size, Int64(modified * 1000)] {
      hash = (hash ^ UInt64(bitPattern: value)) &* 0x0000_0100_0000_01b3
    }
    return Int(truncatingIfNeeded: hash >> 1)
  }
}
