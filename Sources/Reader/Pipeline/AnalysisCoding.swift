import Foundation
import Model

/// The stored form of an `Analysis` in the cache: compact JSON of the public schema.
enum AnalysisCoding {
  static func encode(_ analysis: Analysis) -> Data? {
    try? JSONEncoder().encode(analysis)
  }

  static func decode(_ data: Data) -> Analysis? {
    try? JSONDecoder().decode(Analysis.self, from: data)
  }
}
