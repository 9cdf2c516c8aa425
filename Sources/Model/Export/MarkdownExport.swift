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
    guard text.utf8.contains(where: isSpecial) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      if isSpecial(byte) { bytes.append(UInt8(ascii: "\\")) }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "#"), UInt8(ascii: "|"):
      true
    default: false
    }
  }
}
