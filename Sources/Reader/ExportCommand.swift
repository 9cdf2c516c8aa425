import ArgumentParser
import Foundation
import Model

/// `reader export`: the selection a filter makes, as text, markdown or JSON, to stdout or to a
/// file written atomically.
struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the quotes (and optionally the text) of the selected articles."
  )

  @OptionGroup var sources: SourceArguments

  @Option(help: "Keep only this speaker's quotes (repeatable: any of them).")
  var speaker: [String] = []

  @Option(help: "Keep the articles that mention this entity.")
  var mentions: String?

  @Option(help: "Keep the articles whose title or text contains this.")
  var search: String?

  @Option(
    help: "Output format: text, markdown or json.",
    transform: { value in
      guard let format = ExportFormat(rawValue: value) else {
        throw ValidationError("format must be text, markdown or json, not '\(value)'")
      }
      return format
    })
  var format: ExportFormat = .text

  @Flag(help: "Include each article's text.")
  var withText = false

  @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file.")
  var output: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  /// A failure the user must fix, reported as one line on stderr with exit status 1.
  struct Failure: Error, Equatable {
    let message: String
  }

  func run() async throws {
    let (corpus, hadProblems) = try await sources.loadCorpus()
    do {
      let filter = Filter(
        speakers: try Set(speaker.map { try Self.resolve($0, in: corpus) }), mentions: mentions,
        search: search)
      let selection = corpus.select(filter)
      let text = Exporter.render(
        selection, of: corpus, format: format, withText: withText, exportedAt: Date())
      if let output {
        try Self.write(text, to: output, replacing: force)
        StandardError.print("reader: exported \(selection.summary) to \(output)")
      } else {
        var buffer = OutputBuffer()
        buffer.write(Data(text.utf8))
        buffer.flush()
      }
    } catch let failure as Failure {
      StandardError.print("reader: " + failure.message)
      throw ExitCode(1)
    }
    if hadProblems { throw ExitCode(1) }
  }

  /// The speaker a `--speaker` value names, or a failure naming the closest speakers or
  /// every candidate.
  static func resolve(_ name: String, in corpus: Corpus) throws(Failure) -> SpeakerID {
    switch corpus.lookupSpeaker(name) {
    case .found(let speaker):
      return speaker.id
    case .none(let closest):
      let hint = closest.isEmpty ? "" : " — did you mean " + list(closest.map(\.name)) + "?"
      throw Failure(message: "no speaker matches '\(name)'" + hint)
    case .ambiguous(let candidates):
      throw Failure(
        message: "'\(name)' matches \(candidates.count) speakers: "
          + list(candidates.map(\.name)) + " — give the full name")
    }
  }

  /// "A", "A or B", "A, B or C".
  static func list(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    let rest = names.dropLast()
    return rest.isEmpty ? last : rest.joined(separator: ", ") + " or " + last
  }

  /// Writes the export atomically; any failure becomes one line for the user.
  static func write(_ text: String, to path: String, replacing: Bool) throws(Failure) {
    do {
      try AtomicFileWriter.write(Data(text.utf8), to: path, replacing: replacing)
    } catch let error as AtomicWriteError {
      let hint = error == .exists(path: path) ? " — use --force to replace it" : ""
      throw Failure(message: error.description + hint)
    } catch {
      throw Failure(message: "cannot write '\(path)': \(error)")
    }
  }
}
