import ArgumentParser

/// The `reader` command: the terminal UI by default, and scriptable subcommands.
@main
struct ReaderCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reader",
    abstract: "A terminal news reader that shows who said what.",
    subcommands: [
      OpenCommand.self, ExtractCommand.self, SpeakersCommand.self, ExportCommand.self,
      BenchCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )
}
