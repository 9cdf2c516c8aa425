import Foundation

/// Where the analysis cache and the user's read state live, from the environment:
/// `$READER_CACHE_DIR`, else `$XDG_CACHE_HOME/reader`, else `~/.cache/reader` for the cache;
/// `$XDG_STATE_HOME/reader`, else `~/.local/state/reader` for the state.
struct CacheLocation: Sendable, Equatable {
  var cacheDirectory: String
  var stateDirectory: String

  init(cacheDirectory: String, stateDirectory: String) {
    self.cacheDirectory = cacheDirectory
    self.stateDirectory = stateDirectory
  }

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    let home = Self.nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
    cacheDirectory =
      Self.nonEmpty(environment["READER_CACHE_DIR"])
      ?? (Self.nonEmpty(environment["XDG_CACHE_HOME"]) ?? home + "/.cache") + "/reader"
    stateDirectory =
      (Self.nonEmpty(environment["XDG_STATE_HOME"]) ?? home + "/.local/state") + "/reader"
  }

  var cacheFile: String { cacheDirectory + "/analysis.sqlite" }
  var stateFile: String { stateDirectory + "/state.sqlite" }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
  }
}
