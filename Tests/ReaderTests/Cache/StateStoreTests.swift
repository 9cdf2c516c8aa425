import Foundation
import Testing

@testable import Reader

@Suite struct StateStoreTests {
  @Test func flagsAreKeptPerArticle() {
    let sandbox = CacheSandbox()
    let state = sandbox.stateStore()
    state.setRead(true, for: "a1")
    state.setMarked(true, for: "a2")
    state.setMarked(true, for: "a1")
    state.setMarked(false, for: "a1")
    #expect(state.flags(for: "a1") == ArticleFlags(read: true, marked: false))
    #expect(state.flags(for: "a2") == ArticleFlags(read: false, marked: true))
    #expect(state.flags(for: "a3") == ArticleFlags())
    #expect(sandbox.stateStore().allFlags().count == 2)
  }

  @Test func stateSurvivesACacheRebuild() throws {
    let sandbox = CacheSandbox()
    _ = sandbox.cache()
    sandbox.stateStore().setMarked(true, for: "a1")
    try Data("not a database".utf8).write(to: URL(fileURLWithPath: sandbox.location.cacheFile))
    _ = sandbox.cache()
    #expect(sandbox.notices.count == 1)
    #expect(sandbox.stateStore().flags(for: "a1").marked)
  }

  @Test func aDamagedStateFileIsMovedAsideNotDeleted() throws {
    let sandbox = CacheSandbox()
    let file = sandbox.location.stateFile
    try FileManager.default.createDirectory(
      atPath: sandbox.location.stateDirectory, withIntermediateDirectories: true)
    try Data("not a database".utf8).write(to: URL(fileURLWithPath: file))
    let state = sandbox.stateStore()
    state.setRead(true, for: "a1")
    #expect(state.flags(for: "a1").read)
    #expect(sandbox.notices.count == 1)
    #expect(FileManager.default.contents(atPath: file + ".damaged") == Data("not a database".utf8))
  }
}
