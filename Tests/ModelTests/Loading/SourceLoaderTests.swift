import Foundation
import Testing

@testable import Model

@Suite struct SourceLoaderTests {
  @Test func folderIsRecursiveSortedAndSkipsHiddenAndBinaryFiles() async {
    let folder = TemporaryFolder()
    folder.write("b.txt", "Second\n\nBody.")
    folder.write("a/z.txt", "First\n\nBody.")
    folder.write(".hidden.txt", "Hidden\n\nBody.")
    folder.write(".git/config.txt", "Hidden folder\n\nBody.")
    folder.write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
    let report = await SourceLoader().load([folder.path])
    #expect(report.articles.map(\.title) == ["First", "Second"])
    #expect(report.articles.map(\.path) == [folder.path + "/a/z.txt", folder.path + "/b.txt"])
    #expect(report.problems.isEmpty)
  }

  @Test func badFilesAreReportedAndTheRestLoads() async {
    let folder = TemporaryFolder()
    let good = folder.write("good.txt", "Good\n\nBody.")
    let empty = folder.write("empty.txt", "")
    let binary = folder.write("binary.txt", [0x41, 0x00, 0x42])
    let missing = folder.path + "/missing.txt"
    let report = await SourceLoader().load([empty, good, binary, missing])
    #expect(report.articles.map(\.title) == ["Good"])
    #expect(
      report.problems.map(\.line) == [
        "\(empty): empty file",
        "\(binary): binary content (NUL bytes), not text",
        "\(missing): no such file or folder",
      ])
  }

  @Test func explicitFileOfAnyExtensionIsRead() async {
    let folder = TemporaryFolder()
    let file = folder.write("story.dat", "Headline\n\nBody text.")
    let report = await SourceLoader().load([file])
    #expect(report.articles.first?.title == "Headline")
  }

  @Test func windows1252FileLoads() async {
    let folder = TemporaryFolder()
    let file = folder.write("old.txt", Array("Caf".utf8) + [0xE9] + Array("\n\nBody".utf8))
    let report = await SourceLoader().load([file])
    #expect(report.articles.first?.title == "Café")
  }
}
