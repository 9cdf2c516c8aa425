import ArgumentParser
import Foundation
import Model

/// `reader [SOURCE…]`: the full-screen interface on the given sources.
struct OpenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the sources in the full-screen reader (the default command)."
  )

  @OptionGroup var sources: SourceArguments

  @Flag(name: .customLong("no-color"), help: "Bold, underline and reverse only (as with NO_COLOR).")
  var noColor = false

  @Flag(name: .customLong("key-list"), help: .hidden)
  var printKeyList = false

  @Flag(name: .customLong("measure-frames"), help: .hidden)
  var measureFrames = false

  func run() async throws {
    if printKeyList {
      print(ActionTable.markdown(), terminator: "")
      return
    }
    if measureFrames {
      let state = try await loadState(width: 160, height: 45)
      print(FrameTiming.report(state))
      return
    }
    guard TerminalCheck.canRunInterface() else {
      StandardError.print(TerminalCheck.refusal)
      throw ExitCode(2)
    }
    let state = try await loadState(width: 80, height: 24)
    let environment = ProcessInfo.processInfo.environment
    let monochrome = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    let started = await MainActor.run {
      guard let terminal = Terminal(noColor: monochrome) else { return false }
      InterfaceSession(terminal: terminal).run(state)
      return true
    }
    guard started else {
      StandardError.print(TerminalCheck.refusal)
      throw ExitCode(2)
    }
  }

  /// Loads and analyses the sources; problems are shown in the interface, not printed.
  private func loadState(width: Int, height: Int) async throws -> ReaderState {
    let report = await SourceLoader().load(sources.resolved)
    let corpus = Corpus(analysing: report.articles)
    return ReaderState(corpus: corpus, problems: report.problems, width: width, height: height)
  }
}
