import Foundation
import Testing

@testable import Reader

@Suite struct CommandLineTests {
  @Test func interfaceRefusesWithoutATerminal() throws {
    let outcome = try ReaderBinary.run([])
    #expect(outcome.status == 2)
    #expect(outcome.stderr == TerminalCheck.refusal + "\n")
  }

  @Test func interfaceRefusesWithDumbOrMissingTerminalType() {
    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "dumb"
    #expect(TerminalCheck.canRunInterface(environment: env, isTerminal: { _ in true }) == false)
    env["TERM"] = nil
    #expect(TerminalCheck.canRunInterface(environment: env, isTerminal: { _ in true }) == false)
    env["TERM"] = "xterm-256color"
    #expect(TerminalCheck.canRunInterface(environment: env, isTerminal: { _ in false }) == false)
  }

  @Test func extractWritesOneJSONObjectPerArticle() throws {
    let outcome = try ReaderBinary.run(["extract", "seeds"], directory: packageRoot)
    #expect(outcome.status == 0)
    let lines = outcome.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(
      first?["title"] as? String == "Syria set to dominate talks between Kerry and Russia's Putin")
  }

  @Test func sampleCorpusIsFoundFromAnyDirectory() throws {
    let outcome = try ReaderBinary.run(["extract"], directory: NSTemporaryDirectory())
    #expect(outcome.status == 0)
    #expect(outcome.stdout.split(separator: "\n").count == 2)
  }

  @Test func extractReportsBadSourcesAndExitsOne() throws {
    let outcome = try ReaderBinary.run(
      ["extract", "seeds", "no/such/file.txt"], directory: packageRoot)
    #expect(outcome.status == 1)
    #expect(outcome.stderr == "reader: no/such/file.txt: no such file or folder\n")
    #expect(outcome.stdout.split(separator: "\n").count == 2)
  }

  @Test func nothingLoadedIsAnError() throws {
    let outcome = try ReaderBinary.run(["extract", "no/such/file.txt"], directory: packageRoot)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasSuffix("reader: no articles in no/such/file.txt\n"))
  }

  @Test func usageErrorsExit64() throws {
    let outcome = try ReaderBinary.run(["extract", "--no-such-flag"])
    #expect(outcome.status == 64)
  }

  var packageRoot: String { SampleCorpus.packageRoot().path }
}
