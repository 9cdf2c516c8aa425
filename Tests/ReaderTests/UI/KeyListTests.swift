import Foundation
import Testing

@testable import Reader

@Suite struct KeyListTests {
  @Test func readmeKeySectionIsTheGeneratedList() throws {
    let outcome = try ReaderBinary.run(["--key-list"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout == ActionTable.markdown())
    let root = SampleCorpus.packageRoot().deletingLastPathComponent()  // this file is one deeper
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let parts = readme.components(separatedBy: "<!-- keys -->\n")
    #expect(parts.count == 2)
    let section = parts.last?.components(separatedBy: "<!-- /keys -->").first
    #expect(section == outcome.stdout)
  }

  @Test func everyBindingIsInTheList() {
    let list = ActionTable.markdown()
    for binding in ActionTable.bindings {
      #expect(list.contains("| \(binding.help) |"))
    }
  }
}
