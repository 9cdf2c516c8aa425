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
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    var output = OutputBuffer()
    for article in report.articles {
      let record = ExtractRecord(article: article, analysis: Analyzer.analyze(article))
      output.write(try encoder.encode(record))
      output.write(Data("\n".utf8))
    }
    output.flush()
    if !report.problems.isEmpty { throw ExitCode(1) }
  }
}
