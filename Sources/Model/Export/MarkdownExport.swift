/// The markdown export: the text export's content with headings, a bullet list header and
/// quotes as blockquotes, wrapped at 78 columns.
enum MarkdownExport {
  static let width = 78

  static func render(_ document: ExportDocument) -> String {
    var lines = [
      "# " + escape(document.title),
      "",
      "- Exported: " + document.exportedAt,
      "- Filter: " + escape(document.filter),
      "- Selected: " + document.counts,
    ]
    for article in document.articles {
      lines += ["", "## " + escape(article.record.title), ""]
      lines += TextWrapper(width: width, firstPrefix: "- Source: ", prefix: "  ").lines(
        code(article.source))
      lines.append("- Date: " + (article.day ?? "unknown"))
      if article.quotes.isEmpty { lines += ["", "*No quotes.*"] }
      for entry in article.quotes {
        lines.append("")
        lines += TextWrapper(width: width, firstPrefix: "> ", prefix: "> ").paragraphs(
          escape(entry.displayText))
        lines.append(">")
        lines += TextWrapper(width: width, firstPrefix: "> — ", prefix: ">   ").lines(
          escape(entry.attribution))
      }
      if let body = article.body {
        lines += ["", "### Text"]
        for paragraph in body {
          lines.append("")
          lines += TextWrapper(width: width).paragraphs(escape(paragraph))
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A code span, or the escaped text when it holds a backtick or a space.
  static func code(_ text: String) -> String {
    text.contains("`") || text.contains(" ") ? escape(text) : "`" + text + "`"
  }

  /// Backslash-escapes the characters markdown would read as formatting.
  static func escape(_ text: String) -> String {
    var output = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { output.append("\\") }
      output.append(character)
    }
    return output
  }
}
