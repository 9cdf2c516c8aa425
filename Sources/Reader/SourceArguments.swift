import ArgumentParser
import Foundation
import Model

/// The sources every command reads: files, folders, feeds, HTML pages and http(s) URLs.
struct SourceArguments: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files, folders, feeds, HTML pages or http(s) URLs (default: the sample corpus).",
      valueName: "source"))
  var sources: [String] = []

  @Flag(help: "Neither read nor write the analysis cache.")
  var noCache = false

  /// The sources as given, or the sample corpus when none were.
  var resolved: [String] { sources.isEmpty ? [SampleCorpus.path()] : sources }

  /// Loads every source, printing one line per problem on stderr.
  func load() async -> LoadReport {
    let report = await SourceLoader().load(resolved)
    for problem in report.problems {
      StandardError.print("reader: \(problem.line)")
    }
    return report
  }
}
