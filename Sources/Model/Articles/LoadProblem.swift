/// Why a source, or part of one, could not be loaded: reported as one line and never fatal.
public struct LoadProblem: Error, Sendable, Hashable {
  /// The file path or URL the problem is about.
  public var source: String
  /// What went wrong, in a few words ("empty file", "HTTP 404").
  public var message: String

  public init(source: String, message: String) {
    self.source = source
    self.message = message
  }

  /// The line shown to the user: `<source>: <problem>`.
  public var line: String { "\(source): \(message)" }
}
