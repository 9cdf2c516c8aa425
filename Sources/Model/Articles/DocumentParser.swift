/// Turns one document's bytes into articles, whatever its kind: decodes, sniffs, dispatches.
public enum DocumentParser {
  /// - Parameters:
  ///   - hint: the file extension or HTTP content type, used only when content is unclear.
  public static func parse(
    _ bytes: [UInt8], path: String, hint: String?
  ) throws(LoadProblem) -> (articles: [Article], warnings: [LoadProblem]) {
    let text: String
    do {
      text = try TextDecoding.decode(bytes)
    } catch {
      throw LoadProblem(source: path, message: error.message)
    }
    switch DocumentKind.sniff(text, hint: hint) {
    case .text:
      return ([PlainTextParser.parse(text: text, path: path)], [])
    case .html:
      return ([try HTMLParser.parse(text: text, path: path)], [])
    case .feed:
      return try FeedParser.parse(text: text, path: path)
    }
  }
}
