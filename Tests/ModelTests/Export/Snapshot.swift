import Foundation
import Testing

/// Compares output with a text file under `Tests/ModelTests/Snapshots/`. A missing file (or any
/// file, with `READER_UPDATE_SNAPSHOTS=1`) is written from the output and the test fails, so
/// that a new snapshot is always looked at before it is committed.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static func expect(
    _ output: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = folder.appendingPathComponent(name)
    let update = ProcessInfo.processInfo.environment["READER_UPDATE_SNAPSHOTS"] == "1"
    guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try? output.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "snapshot \(name) written; check it and run again", sourceLocation: sourceLocation)
      return
    }
    #expect(
      output == expected, "output differs from snapshot \(name)", sourceLocation: sourceLocation)
  }
}
