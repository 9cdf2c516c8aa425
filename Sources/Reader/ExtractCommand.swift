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
    var output = ExtractOutput(pretty: pretty)
    var progress = ProgressBar()
    var written = 0
    var hadProblems = false
    defer {
      progress.finish()
      output.flush()
    }
    // Each batch is written in load order as soon as it is analysed; a failed write stops all.
    try await AnalysisPipeline(cache: sources.openCache()).analyse(sources.batches()) { batch in
      if !batch.problems.isEmpty {
        progress.finish()
        SourceArguments.report(batch.problems)
        hadProblems = true
      }
      for item in batch.articles {
        try output.write(ExtractRecord(article: item.article, analysis: item.analysis))
      }
      written += batch.articles.count
      progress.update(batch.progress)
    }
    guard written > 0 else {
      StandardError.print(sources.nothingLoaded)
      throw ExitCode(1)
    }
    if hadProblems { throw ExitCode(1) }
  }
}
