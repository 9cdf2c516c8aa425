import Foundation
import Testing

@testable import Reader

@Suite struct EngineFingerprintTests {
  @Test func changesWithTheVersionAndTheExecutableButNotOtherwise() throws {
    let folder = NSTemporaryDirectory() + "reader-fingerprint-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let binary = folder + "/reader"
    #expect(FileManager.default.createFile(atPath: binary, contents: Data("build one".utf8)))
    let first = EngineFingerprint.of(executable: binary, version: 1)
    #expect(EngineFingerprint.of(executable: binary, version: 1) == first)
    #expect(EngineFingerprint.of(executable: binary, version: 2) != first)
    #expect(
      FileManager.default.createFile(atPath: binary, contents: Data("build two, longer".utf8)))
    #expect(EngineFingerprint.of(executable: binary, version: 1) != first)
  }
}
