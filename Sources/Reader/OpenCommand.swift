import ArgumentParser
import Foundation
import Model

/// `reader [SOURCE…]`: the full-screen interface on the given sources. The screen opens as
/// soon as the sources are read; analysed articles fill it in as the pipeline delivers them.
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
    let pipeline = AnalysisPipeline(cache: sources.openCache(), compact: true)
    if measureFrames {
      let (corpus, _) = await pipeline.corpus(from: sources.batches())
      print(FrameTiming.report(ReaderState(corpus: corpus, width: 160, height: 45)))
      return
    }
    guard TerminalCheck.canRunInterface() else {
      StandardError.print(TerminalCheck.refusal)
      throw ExitCode(2)
    }
    var state = ReaderState(corpus: Corpus([]), width: 80, height: 24)
    state.progress = PipelineProgress(done: 0, total: 0)
    let mailbox = ActionMailbox()
    let feed = Task { [sources] in
      for await snapshot in CorpusFeed(pipeline: pipeline).snapshots(of: sources.batches()) {
        mailbox.post(.loaded(snapshot))
      }
    }
    defer { feed.cancel() }
    let environment = ProcessInfo.processInfo.environment
    let monochrome = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    let store = StateStore(file: CacheLocation().stateFile) { mailbox.post(.notice($0)) }
    let started = await MainActor.run { [state] in
      guard let terminal = Terminal(noColor: monochrome) else { return false }
      let flags = ArticleFlagSync(store: store)
      InterfaceSession(terminal: terminal, mailbox: mailbox, flags: flags).run(state)
      return true
    }
    guard started else {
      StandardError.print(TerminalCheck.refusal)
      throw ExitCode(2)
    }
  }
}
