import Foundation
import Testing

@testable import Model

@Suite struct ExporterTests {
  let corpus = NewsFixture.corpus()
  let exportedAt = Date(timeIntervalSince1970: 1_795_000_000)

  func render(_ filter: Filter, _ format: ExportFormat, withText: Bool = false) -> String {
    Exporter.render(
      corpus.select(filter), of: corpus, format: format, withText: withText,
      exportedAt: exportedAt)
  }

  var carney: Filter {
    Filter(speakers: Set([NewsFixture.speaker("Jay Carney", in: corpus)].compactMap { $0 }))
  }

  @Test func textOfASpeakerSelection() {
    Snapshot.expect(render(carney, .text), matches: "export-carney.txt")
  }

  @Test func textOfEverythingWithBodies() {
    Snapshot.expect(render(Filter(), .text, withText: true), matches: "export-all-with-text.txt")
  }

  @Test func markdownOfEverything() {
    Snapshot.expect(render(Filter(), .markdown), matches: "export-all.md")
  }

  @Test func markdownWithBodies() {
    Snapshot.expect(
      render(carney, .markdown, withText: true), matches: "export-carney-with-text.md")
  }

  @Test func jsonOfASpeakerSelection() {
    Snapshot.expect(render(carney, .json), matches: "export-carney.json")
  }

  @Test func textLinesFitInSeventyEightColumns() {
    for format in [ExportFormat.text, .markdown] {
      for line in render(Filter(), format, withText: true).split(separator: "\n") {
        #expect(DisplayWidth.of(line) <= 78, "\(line)")
      }
    }
  }

  @Test func onlyTheTimestampDependsOnTheTime() {
    let first = render(carney, .text)
    let later = Exporter.render(
      corpus.select(carney), of: corpus, format: .text,
      exportedAt: exportedAt.addingTimeInterval(60))
    let differing = zip(first.split(separator: "\n"), later.split(separator: "\n")).filter {
      $0 != $1
    }
    #expect(differing.map(\.0) == ["Exported: 2026-11-18T11:06:40Z"])
  }

  @Test func jsonUsesExtractFieldNamesAndTextOnlyWhenAsked() throws {
    func firstArticle(_ output: String) throws -> [String: Any] {
      let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
      let articles = try #require(object?["articles"] as? [[String: Any]])
      return try #require(articles.first)
    }
    let plain = try firstArticle(render(carney, .json))
    #expect(Set(plain.keys) == ["id", "path", "item", "title", "date", "entities", "quotes"])
    #expect((plain["quotes"] as? [Any])?.count == 2)
    let full = try firstArticle(render(carney, .json, withText: true))
    #expect(full["text"] as? String == corpus.articles[0].article.text)
  }

  @Test func markdownEscapesFormattingCharacters() {
    #expect(
      MarkdownExport.escape("a_b *c* [d] <e> #f |g| `h` \\ é")
        == ##"a\_b \*c\* \[d\] \<e\> \#f \|g\| \`h\` \\ é"##)
    #expect(MarkdownExport.escape("plain café") == "plain café")
    #expect(MarkdownExport.code("news/a_b.txt") == "`news/a_b.txt`")
    #expect(MarkdownExport.code("a `b`.txt") == #"a \`b\`.txt"#)
  }

  @Test func defaultFileNameCarriesTheTimeInUTC() {
    #expect(
      Exporter.defaultFileName(format: .markdown, at: exportedAt)
        == "reader-export-20261118-110640.md")
  }
}
