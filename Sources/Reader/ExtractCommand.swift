import ArgumentParser
import Foundation
import Model

/// `reader extract`: every article with its entities and quotes, as JSON Lines on stdout.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Write each article with its entities and quotes as one JSON object per line."
  )

  @OptionGroup var sources: SourceArguments

  @Flag(help: "Indent the JSON (one object over several lines).")
  var pretty = false

  func run() async throws {
    let report = await sources.load()
    guard !report.articles.isEmpty else {
      StandardError.print("reader: no articles in \(sources.resolved.joined(separator: ", "))")
      throw ExitCode(1)
    }
    var output = ExtractOutput(pretty: pretty)
    var progress = ProgressBar()
    var waiting: [Int: Analysis] = [:]
    var next = 0
    var failure: (any Error)?
    await AnalysisPipeline(cache: sources.openCache()).run(report.articles) { event in
      guard case .analysed(let index, let analysis, let done) = event else { return }
      progress.update(done)
      waiting[index] = analysis
      // Results arrive in any order; write them in load order as soon as each is next.
      while failure == nil, let ready = waiting.removeValue(forKey: next) {
        do {
          try output.write(ExtractRecord(article: report.articles[next], analysis: ready))
        } catch {
          failure = error
        }
        next += 1
      }
    }
    progress.finish()
    output.flush()
    if let failure { throw failure }
    if !report.problems.isEmpty { throw ExitCode(1) }
  }
}
