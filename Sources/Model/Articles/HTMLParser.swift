import Foundation

/// Reads an HTML page as one article: the title from `<title>` (without a site suffix such as
/// " | Daily") or the first `<h1>`, the text from the body without scripts, styles, navigation,
/// headers and footers.
public enum HTMLParser {
  public static func parse(text: String, path: String) throws(LoadProblem) -> Article {
    let events = MarkupScanner(text, lowercaseNames: true).events()
    let body = HTMLText.paragraphs(bodyEvents(events))
    let title = pageTitle(events) ?? firstHeading(events) ?? body.first ?? ""
    guard !body.isEmpty else {
      throw LoadProblem(source: path, message: "HTML page with no text")
    }
    return ArticleBuilder.build(path: path, title: title, body: body)
  }

  /// The events inside `<body>`, or all of them when the page has no body tag.
  static func bodyEvents(_ events: [MarkupScanner.Event]) -> [MarkupScanner.Event] {
    guard let start = events.firstIndex(where: { isStart($0, "body") }) else { return events }
    return Array(events[(start + 1)...])
  }

  static func isStart(_ event: MarkupScanner.Event, _ wanted: String) -> Bool {
    if case .start(let name, _, _) = event { return name == wanted }
    return false
  }

  /// The text between the first start tag named `name` and its end tag.
  static func textOfFirst(_ name: String, in events: [MarkupScanner.Event]) -> String? {
    guard let start = events.firstIndex(where: { isStart($0, name) }) else { return nil }
    var text = ""
    for event in events[(start + 1)...] {
      switch event {
      case .end(let ended) where ended == name: return nonEmpty(HTMLText.fold(text))
      case .text(let raw): text += MarkupEntities.decode(raw)
      case .cdata(let raw): text += raw
      default: continue
      }
    }
    return nonEmpty(HTMLText.fold(text))
  }

  static func pageTitle(_ events: [MarkupScanner.Event]) -> String? {
    textOfFirst("title", in: events).map(withoutSiteSuffix)
  }

  static func firstHeading(_ events: [MarkupScanner.Event]) -> String? {
    textOfFirst("h1", in: events)
  }

  /// "Storm hits coast | Daily News" → "Storm hits coast": drops a short last segment after
  /// " | ", " - ", " — " or " – ".
  static func withoutSiteSuffix(_ title: String) -> String {
    for separator in [" | ", " — ", " – ", " - ", " :: "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let suffix = title[range.upperBound...]
      let head = title[..<range.lowerBound]
      if suffix.split(separator: " ").count <= 4, head.count > suffix.count {
        return String(head).trimmingWhitespace()
      }
    }
    return title
  }

  static func nonEmpty(_ text: String) -> String? {
    text.isEmpty ? nil : text
  }
}
