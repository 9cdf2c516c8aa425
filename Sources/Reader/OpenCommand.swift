import ArgumentParser
import Model

/// `reader [SOURCE…]`: the full-screen interface on the given sources.
struct OpenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the sources in the full-screen reader (the default command)."
  )

  @OptionGroup var sources: SourceArguments

  func run() async throws {
    guard TerminalCheck.canRunInterface() else {
      StandardError.print(TerminalCheck.refusal)
      throw ExitCode(2)
    }
    let report = await sources.load()
    print("reader: \(report.articles.count) articles loaded; the full-screen view is on its way.")
  }
}
