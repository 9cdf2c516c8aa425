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

  /// The sources' articles, read a batch at a time (see `LoadBatches`).
  func batches() -> LoadBatches {
    SourceLoader().batches(resolved)
  }

  /// Prints one line per problem on standard error.
  static func report(_ problems: [LoadProblem]) {
    for problem in problems {
      StandardError.print("reader: \(problem.line)")
    }
  }

  /// The line printed when the sources hold no article at all.
  var nothingLoaded: String {
    "reader: no articles in \(resolved.joined(separator: ", "))"
  }
}
