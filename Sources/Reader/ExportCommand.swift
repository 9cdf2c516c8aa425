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

  func run() async throws {
    let (corpus, hadProblems) = try await sources.loadCorpus()
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
    if hadProblems { throw ExitCode(1) }
  }

  /// The speaker a `--speaker` value names; exits 1 with the closest names or the candidates.
  static func resolve(_ name: String, in corpus: Corpus) throws -> SpeakerID {
    switch corpus.lookupSpeaker(name) {
    case .found(let speaker):
      return speaker.id
    case .none(let closest):
      let hint = closest.isEmpty ? "" : " — did you mean " + list(closest.map(\.name)) + "?"
      StandardError.print("reader: no speaker matches '\(name)'" + hint)
    case .ambiguous(let candidates):
      StandardError.print(
        "reader: '\(name)' matches \(candidates.count) speakers: "
          + list(candidates.map(\.name)) + " — give the full name")
    }
    throw ExitCode(1)
  }

  /// "A", "A or B", "A, B or C".
  static func list(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    let rest = names.dropLast()
    return rest.isEmpty ? last : rest.joined(separator: ", ") + " or " + last
  }

  /// Writes the export atomically; every failure is one line on stderr and exit 1.
  static func write(_ text: String, to path: String, replacing: Bool) throws {
    do {
      try AtomicFileWriter.write(Data(text.utf8), to: path, replacing: replacing)
    } catch let error as AtomicWriteError {
      let hint = error == .exists(path: path) ? " — use --force to replace it" : ""
      StandardError.print("reader: \(error)" + hint)
      throw ExitCode(1)
    }
  }
}
