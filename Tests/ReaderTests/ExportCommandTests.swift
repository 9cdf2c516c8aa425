import Foundation
import Testing

@testable import Model
@testable import Reader

@Suite struct ExportCommandTests {
  /// A corpus in which each name says one thing in its own article.
  static func corpus(_ names: [String]) -> Corpus {
    Corpus(
      names.enumerated().map { index, name in
        let text = "Title \(index)\n\n\(name) said: \"yes\""
        let article = Article(
          path: "a\(index).txt", title: "Title \(index)", text: text,
          paragraphs: [Paragraph(start: 0, end: 7, kind: .title)])
        let speaker = Speaker(name: name, type: .person, role: nil, entity: "e1", mention: nil)
        let entity = Entity(id: "e1", name: name, type: .person, role: nil, mentions: [])
        let quote = Quote(
          id: "q1", text: "yes", kind: .direct, start: 0, end: 3, cue: "said", speaker: speaker)
        return AnalysedArticle(
          article: article, analysis: Analysis(entities: [entity], quotes: [quote]))
      })
  }

  func failure(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch {
      return (error as? ExportCommand.Failure)?.message ?? "unexpected \(error)"
    }
  }

  @Test func unknownSpeakerSuggestsTheClosestNames() {
    let corpus = Self.corpus(["Jay Carney", "John Kerry"])
    let message = failure { _ = try ExportCommand.resolve("carnie", in: corpus) }
    #expect(message == "no speaker matches 'carnie' — did you mean Jay Carney?")
    #expect(
      failure { _ = try ExportCommand.resolve("zzzzzzzzzzzzzz", in: corpus) }
        == "no speaker matches 'zzzzzzzzzzzzzz'")
  }

  @Test func ambiguousSpeakerListsEveryCandidateByFullName() {
    let corpus = Self.corpus(["Ana Smith", "Tom Smith", "Bo Smith"])
    let message = failure { _ = try ExportCommand.resolve("smith", in: corpus) }
    #expect(
      message == "'smith' matches 3 speakers: Ana Smith, Bo Smith or Tom Smith — give the full name"
    )
  }

  @Test func knownSpeakerResolves() throws {
    let corpus = Self.corpus(["Jay Carney", "John Kerry"])
    let id = try ExportCommand.resolve("KERRY", in: corpus)
    #expect(corpus.speakers[id]?.name == "John Kerry")
  }

  @Test func writeFailuresAreOneLine() throws {
    let folder = NSTemporaryDirectory() + "reader-export-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let existing = folder + "/out.txt"
    try Data("old".utf8).write(to: URL(fileURLWithPath: existing))
    #expect(
      failure { try ExportCommand.write("new", to: existing, replacing: false) }
        == "'\(existing)' already exists — use --force to replace it")
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old")
    #expect(
      failure { try ExportCommand.write("x", to: folder + "/no/out.txt", replacing: false) }
        == "cannot write '\(folder)/no/out.txt': no folder '\(folder)/no'")
    #expect(failure { try ExportCommand.write("new", to: existing, replacing: true) } == nil)
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "new")
  }

  @Test func exportsToStandardOutputByDefault() throws {
    let outcome = try ReaderBinary.run(["export", "seeds"], directory: packageRoot)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("reader export: "))
    #expect(outcome.stdout.contains("Filter: all articles\n"))
  }

  @Test func sampleExportOfCarneyHoldsHisQuotesOnly() throws {
    let outcome = try ReaderBinary.run(
      ["export", "seeds", "--speaker", "carney"], directory: packageRoot)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("Filter: speaker: Jay Carney\n"))
    #expect(outcome.stdout.contains("Selected: 1 of 2 articles"))
    let attributions = outcome.stdout.split(separator: "\n").filter {
      $0.trimmingCharacters(in: .whitespaces).hasPrefix("— ")
    }
    #expect(!attributions.isEmpty)
    #expect(attributions.allSatisfy { $0.contains("— Jay Carney, White House spokesman · ") })
  }

  @Test func existingFileIsNotReplacedWithoutForce() throws {
    let folder = TemporaryFiles()
    let path = folder.path + "/out.txt"
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    let refused = try ReaderBinary.run(["export", "seeds", "-o", path], directory: packageRoot)
    #expect(refused.status == 1)
    #expect(refused.stderr == "reader: '\(path)' already exists — use --force to replace it\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    let forced = try ReaderBinary.run(
      ["export", "seeds", "-o", path, "--force", "--format", "json"], directory: packageRoot)
    #expect(forced.status == 0)
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect((try JSONSerialization.jsonObject(with: written) as? [String: Any])?["filter"] != nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
  }

  @Test func missingFolderAndUnwritablePathAreOneLineErrors() throws {
    for path in ["no/such/folder/out.txt", "/sys/reader-export-test.txt", "/"] {
      let outcome = try ReaderBinary.run(["export", "seeds", "-o", path], directory: packageRoot)
      #expect(outcome.status == 1)
      #expect(outcome.stderr.hasPrefix("reader: cannot write '\(path)': "))
      #expect(outcome.stderr.filter { $0 == "\n" }.count == 1)
      #expect(outcome.stdout.isEmpty)
    }
  }

  @Test func unknownSpeakerExitsOne() throws {
    let outcome = try ReaderBinary.run(
      ["export", "seeds", "--speaker", "nobody-at-all"], directory: packageRoot)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasPrefix("reader: no speaker matches 'nobody-at-all'"))
    #expect(outcome.stdout.isEmpty)
  }

  @Test func ambiguousSpeakerExitsOneListingTheCandidates() throws {
    let folder = TemporaryFiles()
    try Data("Plan debated\n\n\"The plan will work,\" said Ana Smith, a city councillor.\n".utf8)
      .write(to: URL(fileURLWithPath: folder.path + "/a.txt"))
    try Data("Plan criticised\n\n\"The plan will fail,\" said Tom Smith, a local engineer.\n".utf8)
      .write(to: URL(fileURLWithPath: folder.path + "/b.txt"))
    let ambiguous = try ReaderBinary.run(["export", folder.path, "--speaker", "SMITH"])
    #expect(ambiguous.status == 1)
    #expect(
      ambiguous.stderr
        == "reader: 'SMITH' matches 2 speakers: Ana Smith or Tom Smith — give the full name\n")
    #expect(ambiguous.stdout.isEmpty)
    let chosen = try ReaderBinary.run(["export", folder.path, "--speaker", "tom smith"])
    #expect(chosen.status == 0)
    #expect(chosen.stdout.contains("Selected: 1 of 2 articles, 1 of 2 quotes"))
  }

  @Test func unknownFormatIsAUsageError() throws {
    let outcome = try ReaderBinary.run(
      ["export", "seeds", "--format", "pdf"], directory: packageRoot)
    #expect(outcome.status == 64)
  }

  @Test func listJoinsNames() {
    #expect(ExportCommand.list(["A"]) == "A")
    #expect(ExportCommand.list(["A", "B"]) == "A or B")
    #expect(ExportCommand.list(["A", "B", "C"]) == "A, B or C")
  }

  var packageRoot: String { SampleCorpus.packageRoot().path }
}

/// A temporary folder for one test, removed when the test is done.
final class TemporaryFiles {
  let path = NSTemporaryDirectory() + "reader-cli-test-" + UUID().uuidString

  init() {
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
