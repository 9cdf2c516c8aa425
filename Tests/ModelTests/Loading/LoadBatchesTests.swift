import Foundation
import Testing

@testable import Model

@Suite struct LoadBatchesTests {
  @Test func batchesComeInOrderSmallFirstWithWhatRemains() async {
    let folder = TemporaryFolder()
    for number in 0..<23 {
      folder.write(String(format: "%02d.txt", number), "Story \(number)\n\nBody.")
    }
    folder.write("empty.txt", "")
    var titles: [String] = []
    var shape: [(count: Int, remaining: Int)] = []
    var problems: [String] = []
    for await batch in SourceLoader().batches([folder.path], first: 4, size: 8) {
      titles += batch.articles.map(\.title)
      problems += batch.problems.map(\.message)
      shape.append((batch.articles.count + batch.problems.count, batch.remaining))
    }
    #expect(titles == (0..<23).map { "Story \($0)" })
    #expect(problems == ["empty file"])
    #expect(shape.map(\.count) == [4, 8, 8, 4])
    #expect(shape.map(\.remaining) == [20, 12, 4, 0])
  }

  @Test func noDocumentsMeansNoBatches() async {
    let folder = TemporaryFolder()
    var count = 0
    for await _ in SourceLoader().batches([folder.path]) { count += 1 }
    #expect(count == 0)
  }

  @Test func documentsListFilesURLsAndMissingSourcesInOrder() {
    let folder = TemporaryFolder()
    let file = folder.write("one.txt", "One\n\nBody.")
    let documents = SourceLoader().documents([
      folder.path + "/missing", "https://example.com/feed", file,
    ])
    #expect(
      documents == [
        .missing(folder.path + "/missing"),
        .url(URL(string: "https://example.com/feed")!, source: "https://example.com/feed"),
        .file(file, explicit: true),
      ])
  }
}

@Suite struct FolderWalkTests {
  @Test func followsLinksToFilesAndALinkedFolderGivenAsTheSource() throws {
    let folder = TemporaryFolder()
    let target = folder.write("elsewhere/story.txt", "Linked\n\nBody.")
    folder.write("corpus/own.txt", "Own\n\nBody.")
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: folder.path + "/corpus/link.txt", withDestinationPath: target)
    try manager.createSymbolicLink(
      atPath: folder.path + "/corpus/loop", withDestinationPath: folder.path + "/corpus")
    try manager.createSymbolicLink(
      atPath: folder.path + "/alias", withDestinationPath: folder.path + "/corpus")
    #expect(
      FolderWalk.files(in: folder.path + "/alias") == [
        folder.path + "/alias/link.txt", folder.path + "/alias/own.txt",
      ])
  }

  @Test func pathsSortAsWholePaths() {
    let folder = TemporaryFolder()
    folder.write("a/b.txt", "x")
    folder.write("a-c.txt", "x")
    folder.write("A.txt", "x")
    #expect(
      FolderWalk.files(in: folder.path).map { String($0.dropFirst(folder.path.count + 1)) } == [
        "A.txt", "a-c.txt", "a/b.txt",
      ])
  }
}
