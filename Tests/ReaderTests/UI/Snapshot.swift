import Foundation
import Testing

/// Compares screen dumps with the text files under `Tests/ReaderTests/Snapshots/`. A missing
/// file (or any file, with `READER_RECORD_SNAPSHOTS=1`) is written and the test fails, so a new
/// snapshot is always looked at before it is committed.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static func check(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let file = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["READER_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
      try? text.write(to: file, atomically: true, encoding: .utf8)
      Issue.record(
        "recorded snapshot \(name); check it and run again", sourceLocation: sourceLocation)
      return
    }
    #expect(text == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
  }
}
