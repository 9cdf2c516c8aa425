/// The forms an export of a selection can take.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// Plain text wrapped at 78 columns (the default).
  case text
  case markdown
  /// The selection as structured data, with the field names of `reader extract`.
  case json

  /// The usual file name extension: "txt", "md", "json".
  public var fileExtension: String {
    switch self {
    case .text: "txt"
    case .markdown: "md"
    case .json: "json"
    }
  }
}
