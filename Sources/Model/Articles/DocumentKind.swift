/// What a document's content says it is, sniffed from its first characters, with the
/// file extension or HTTP content type only as a tie-breaker.
public enum DocumentKind: Sendable, Equatable {
  case text
  case html
  case feed

  public static func sniff(_ text: String, hint: String? = nil) -> DocumentKind {
    let first = text.unicodeScalars.first { !$0.properties.isWhitespace }
    if first == "<" {
      let head = String(text.unicodeScalars.prefix(1024)).lowercased()
      let start = head.drop(while: { $0.isWhitespace })
      if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") {
        return .feed
      }
      if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<head")
      {
        return .html
      }
      if start.hasPrefix("<?xml") { return .feed }
    }
    switch hint?.lowercased() {
    case "html", "htm", "xhtml", "text/html": return .html
    case "rss", "atom", "xml", "application/rss+xml", "application/atom+xml", "text/xml",
      "application/xml":
      return .feed
    default: return .text
    }
  }
}
