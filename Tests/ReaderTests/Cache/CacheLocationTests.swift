import Testing

@testable import Reader

@Suite struct CacheLocationTests {
  @Test func readerCacheDirComesFirst() {
    let location = CacheLocation(environment: [
      "READER_CACHE_DIR": "/r", "XDG_CACHE_HOME": "/x", "XDG_STATE_HOME": "/s", "HOME": "/h",
    ])
    #expect(location == CacheLocation(cacheDirectory: "/r", stateDirectory: "/s/reader"))
  }

  @Test func xdgFoldersComeNext() {
    let location = CacheLocation(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])
    #expect(location.cacheFile == "/x/reader/analysis.sqlite")
    #expect(location.stateFile == "/h/.local/state/reader/state.sqlite")
  }

  @Test func homeIsTheFallback() {
    let location = CacheLocation(environment: ["HOME": "/h", "READER_CACHE_DIR": ""])
    #expect(
      location
        == CacheLocation(
          cacheDirectory: "/h/.cache/reader", stateDirectory: "/h/.local/state/reader"))
  }
}
