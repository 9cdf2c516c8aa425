import Foundation
import Testing

@testable import Reader

@Suite struct ArticleFlagSyncTests {
  @Test func readAndMarkedArticlesSurviveASession() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-flags-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("state.sqlite").path
    let start = UIFixture.state()
    let changed = UIFixture.run(start, [.command(.moveDown), .command(.mark)])
    ArticleFlagSync(store: StateStore(file: file) { _ in }).save(from: start, to: changed)

    var next = UIFixture.state()
    next.read = []
    ArticleFlagSync(store: StateStore(file: file) { _ in }).restore(into: &next)
    #expect(next.read == [changed.items[1].article.id])
    #expect(next.marked == changed.marked)
    let unmarked = UIFixture.run(next, [.command(.moveDown), .command(.mark)])
    ArticleFlagSync(store: StateStore(file: file) { _ in }).save(from: next, to: unmarked)
    #expect(StateStore(file: file) { _ in }.allFlags().values.allSatisfy { !$0.marked })
  }

  @Test func noticesGoToTheStatusLine() {
    #expect(
      UIFixture.run(UIFixture.state(), [.notice("state file set aside")]).message
        == "state file set aside")
  }
}
