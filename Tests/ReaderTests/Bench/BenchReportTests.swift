import Foundation
import Testing

@testable import Reader

@Suite struct BenchReportTests {
  let keys: Set<String> = [
    "articles", "bytes", "extract_mb_s_1core", "extract_mb_s_all", "cold_open_s", "warm_open_s",
    "warm_first_frame_ms", "filter_ms_p50", "filter_ms_p99", "search_ms_p50", "search_ms_p99",
    "key_ms_p99", "peak_rss_mb",
  ]

  func object(_ report: BenchReport) throws -> [String: Any] {
    let data = try JSONEncoder().encode(report)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func jsonHasExactlyTheDocumentedKeysWithNullsForUnmeasuredFigures() throws {
    var full = BenchFigures(articles: 100, bytes: 4000)
    full.coldOpenSeconds = 2
    full.filterMilliseconds = Percentiles([1, 2, 3])
    var tenth = BenchFigures(articles: 10, bytes: 400)
    tenth.coldOpenSeconds = 0.1
    let json = try object(BenchReport(full: full, tenth: tenth))
    #expect(Set(json.keys) == keys.union(["growth_per_article", "tenth"]))
    #expect(json["warm_open_s"] is NSNull)
    #expect(json["filter_ms_p99"] as? Double == 3)
    #expect(json["growth_per_article"] as? Double == 2)
    let nested = try #require(json["tenth"] as? [String: Any])
    #expect(Set(nested.keys) == keys)
    #expect(nested["articles"] as? Int == 10)
  }

  @Test func growthIsNullWithoutBothColdOpens() throws {
    let report = BenchReport(
      full: BenchFigures(articles: 100, bytes: 1), tenth: BenchFigures(articles: 10, bytes: 1))
    #expect(report.growthPerArticle == nil)
    #expect(try object(report)["growth_per_article"] is NSNull)
  }

  @Test func percentilesUseNearestRank() throws {
    let timings = try #require(Percentiles((1...100).map(Double.init).reversed()))
    #expect(timings.p50 == 50)
    #expect(timings.p99 == 99)
    #expect(Percentiles([]) == nil)
    #expect(Percentiles([7])?.p99 == 7)
  }

  @Test func tableShowsDashesForUnmeasuredFigures() {
    let table = BenchTable.render(
      BenchReport(
        full: BenchFigures(articles: 10_000, bytes: 1),
        tenth: BenchFigures(articles: 1000, bytes: 1)))
    #expect(table.contains("10,000 articles"))
    #expect(
      table.split(separator: "\n").contains {
        $0.hasPrefix("warm first frame ms") && $0.contains("–")
      })
  }
}
