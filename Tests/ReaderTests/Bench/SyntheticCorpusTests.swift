import Foundation
import Model
import Testing

@testable import Reader

@Suite struct SyntheticCorpusTests {
  @Test func sameSeedGivesTheSameArticle() {
    #expect(SyntheticCorpus.article(7, seed: 42) == SyntheticCorpus.article(7, seed: 42))
  }

  @Test func seedsAndIndexesGiveDifferentArticles() {
    let first = SyntheticCorpus.article(0, seed: 1)
    #expect(first != SyntheticCorpus.article(0, seed: 2))
    #expect(first != SyntheticCorpus.article(1, seed: 1))
  }

  @Test func articlesAreAboutFourKilobytesOfParagraphs() {
    for index in 0..<20 {
      let text = SyntheticCorpus.article(index, seed: 3)
      let size = text.utf8.count
      #expect(size >= SyntheticCorpus.articleBytes && size < SyntheticCorpus.articleBytes + 800)
      #expect(text.components(separatedBy: "\n\n").count > 8)
    }
  }

  @Test func corpusHasTheQuotationShapesTheEngineMustHandle() {
    let corpus = (0..<30).map { SyntheticCorpus.article($0, seed: 5) }.joined(separator: "\n")
    #expect(corpus.contains("\" he said") || corpus.contains("\" she said"))
    #expect(corpus.contains("According to "))
    #expect(corpus.contains(" said in a statement"))
    // A quotation left open at a paragraph's end and continued in the next.
    #expect(corpus.contains(".\n\n\""))
    #expect(corpus.unicodeScalars.contains { !$0.isASCII })
  }

  @Test func writtenFolderLoadsAsArticlesInOrder() async throws {
    let folder = NSTemporaryDirectory() + "reader-corpus-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let bytes = try SyntheticCorpus.write(count: 12, seed: 9, to: folder)
    let report = await SourceLoader().load([folder])
    #expect(report.problems.isEmpty)
    #expect(report.articles.count == 12)
    #expect(report.articles.reduce(0) { $0 + $1.text.utf8.count } == bytes)
    #expect(report.articles.last?.text == SyntheticCorpus.article(11, seed: 9))
  }
}
