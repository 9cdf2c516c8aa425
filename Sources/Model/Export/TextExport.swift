/// The plain-text export: a header, then per article its title, source, date and selected
/// quotes with speaker and role (and the body with `withText`), wrapped at 78 columns.
enum TextExport {
  static let width = 78

  static func render(_ document: ExportDocument) -> String {
    var lines = [
      document.title,
      "Exported: " + document.exportedAt,
      "Filter: " + document.filter,
      "Selected: " + document.counts,
    ]
    for article in document.articles {
      lines += ["", String(repeating: "=", count: width)]
      lines += TextWrapper(width: width).lines(article.record.title)
      lines += TextWrapper(width: width, firstPrefix: "Source: ", prefix: "  ").lines(
        article.source)
      lines.append("Date: " + (article.day ?? "unknown"))
      if article.quotes.isEmpty { lines += ["", "(no quotes)"] }
      for (number, entry) in article.quotes.enumerated() {
        let label = "\(number + 1). "
        let indent = String(repeating: " ", count: label.count + 2)
        lines.append("")
        lines += TextWrapper(width: width, firstPrefix: "  " + label, prefix: indent)
          .paragraphs(entry.displayText)
        lines += TextWrapper(width: width, firstPrefix: indent + "— ", prefix: indent + "  ")
          .lines(entry.attribution)
      }
      if let body = article.body {
        lines += ["", String(repeating: "-", count: width), "Text:"]
        for paragraph in body {
          lines.append("")
          lines += TextWrapper(width: width).paragraphs(paragraph)
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
