import Foundation
import Testing

@testable import Model

@Suite struct AtomicFileWriterTests {
  let folder = TemporaryFolder()

  func contents(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }

  func entries() -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
  }

  @Test func writesANewFile() throws {
    let path = folder.path + "/out.txt"
    try AtomicFileWriter.write(Data("hello".utf8), to: path, replacing: false)
    #expect(contents(path) == "hello")
    #expect(entries() == ["out.txt"])
  }

  @Test func neverReplacesAFileUnlessAllowed() throws {
    let path = folder.write("out.txt", "old")
    #expect(throws: AtomicWriteError.exists(path: path)) {
      try AtomicFileWriter.write(Data("new".utf8), to: path, replacing: false)
    }
    #expect(contents(path) == "old")
    try AtomicFileWriter.write(Data("new".utf8), to: path, replacing: true)
    #expect(contents(path) == "new")
    #expect(entries() == ["out.txt"])
  }

  @Test func keepsTheReplacedFilesPermissions() throws {
    let path = folder.write("out.txt", "old")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    try AtomicFileWriter.write(Data("new".utf8), to: path, replacing: true)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test func interruptedWriteLeavesTheOldFileAndNoTemporary() throws {
    struct Interrupted: Error {}
    let path = folder.write("out.txt", "old")
    #expect(throws: Interrupted.self) {
      try AtomicFileWriter.write(to: path, replacing: true) { sink in
        try sink.write(Data(repeating: 0x41, count: 100_000))
        throw Interrupted()
      }
    }
    #expect(contents(path) == "old")
    #expect(entries() == ["out.txt"])
  }

  @Test func missingFolderIsOneLine() {
    let path = folder.path + "/no/such/out.txt"
    #expect(throws: AtomicWriteError.missingFolder(path: path, folder: folder.path + "/no/such")) {
      try AtomicFileWriter.write(Data(), to: path, replacing: false)
    }
  }

  @Test func aFolderOrAFileAsFolderCannotBeWritten() {
    let file = folder.write("plain", "x")
    for path in [folder.path, file + "/out.txt"] {
      do {
        try AtomicFileWriter.write(Data(), to: path, replacing: true)
        Issue.record("expected a failure for \(path)")
      } catch {
        #expect(String(describing: error).hasPrefix("cannot write '\(path)': "))
        #expect(!String(describing: error).contains("\n"))
      }
    }
    #expect(entries() == ["plain"])
  }
}
