import Model
import Testing

@testable import Reader

@Suite struct ScreenSnapshotTests {
  static let sizes = [(160, 45), (100, 30), (80, 24)]

  func screen(_ width: Int, _ height: Int, _ actions: [Action] = []) -> String {
    Screen.render(UIFixture.run(UIFixture.state(width: width, height: height), actions)).dump()
  }

  @Test(arguments: sizes) func mainScreen(width: Int, height: Int) {
    Snapshot.check(screen(width, height), named: "main-\(width)x\(height)")
  }

  @Test(arguments: sizes) func filteredBySpeaker(width: Int, height: Int) {
    let actions = [.command(.pickSpeakers)] + UIFixture.typing("carn") + [.command(.open)]
    Snapshot.check(screen(width, height, actions), named: "filtered-\(width)x\(height)")
  }

  @Test(arguments: sizes) func speakerPicker(width: Int, height: Int) {
    let actions = [.command(.pickSpeakers)] + UIFixture.typing("i") + [.command(.mark)]
    Snapshot.check(screen(width, height, actions), named: "picker-\(width)x\(height)")
  }

  @Test(arguments: sizes) func help(width: Int, height: Int) {
    Snapshot.check(screen(width, height, [.command(.help)]), named: "help-\(width)x\(height)")
  }

  @Test(arguments: sizes) func exportPrompt(width: Int, height: Int) {
    Snapshot.check(
      screen(width, height, [.command(.export)]), named: "export-\(width)x\(height)")
  }

  @Test(arguments: sizes) func cjkTitle(width: Int, height: Int) {
    Snapshot.check(screen(width, height, [.command(.last)]), named: "cjk-\(width)x\(height)")
  }

  @Test func quotesPaneOnANarrowScreen() {
    let actions: [Action] = [.command(.previousPane), .command(.moveDown)]
    Snapshot.check(screen(100, 30, actions), named: "quotes-100x30")
  }

  @Test func searchPromptAndHits() {
    let actions = [.command(.search)] + UIFixture.typing("met in")
    Snapshot.check(screen(100, 30, actions), named: "search-100x30")
  }

  @Test func warnings() {
    let problems = [
      LoadProblem(source: "feeds/broken.xml", message: "not a feed"),
      LoadProblem(source: "no/such/file.txt", message: "no such file or folder"),
    ]
    let state = UIFixture.state(width: 100, height: 30, problems: problems)
    Snapshot.check(Screen.render(state).dump(), named: "problems-100x30")
    let shown = UIFixture.run(state, [.command(.warnings)])
    Snapshot.check(Screen.render(shown).dump(), named: "warnings-100x30")
  }

  @Test func tooSmall() {
    #expect(screen(59, 16).contains("terminal too small (need 60×16)"))
    #expect(screen(60, 15).contains("terminal too small (need 60×16)"))
    Snapshot.check(screen(30, 8), named: "too-small-30x8")
    #expect(screen(0, 0).isEmpty)
  }
}
