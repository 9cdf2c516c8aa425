import ArgumentParser
import Foundation

/// `reader bench`: generates a synthetic corpus and measures extraction, opening, filtering,
/// searching and memory at N and N/10 articles, as a table or one JSON object.
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure the reader on a generated corpus of N articles (and N/10)."
  )

  @Option(help: "How many articles to generate.")
  var articles = 10_000

  @Option(help: "The seed the corpus is generated from (same seed, same corpus).")
  var seed: UInt64 = 1

  @Flag(help: "Print one JSON object instead of a table.")
  var json = false

  func validate() throws {
    guard articles >= 10 else { throw ValidationError("--articles must be at least 10.") }
  }

  func run() async throws {
    let workspace = NSTemporaryDirectory() + "reader-bench-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: workspace) }
    let runner = BenchRunner(seed: seed, workspace: workspace)
    let tenth = try await runner.figures(articles: articles / 10)
    let full = try await runner.figures(articles: articles)
    let report = BenchReport(full: full, tenth: tenth)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(report), as: UTF8.self))
    } else {
      print(BenchTable.render(report))
      if let load = MachineLoad.summary() { print("(\(load) at the end of the run)") }
    }
  }
}
