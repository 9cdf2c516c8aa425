/// Turns HTML markup into paragraphs of plain text: block elements and `<br>` end a paragraph,
/// white space is folded, character references are decoded, and non-content elements
/// (scripts, styles, navigation, headers, footers) are dropped.
public enum HTMLText {
  static let skipped: Set<String> = [
    "script", "style", "nav", "header", "footer", "noscript", "template", "svg", "iframe",
    "form", "aside", "head", "button", "select",
  ]

  static let blocks: Set<String> = [
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "section", "article", "main", "tr", "table", "pre", "figure", "figcaption", "dd", "dt",
    "dl", "hr", "address", "body", "html", "center",
  ]

  /// The paragraphs of an HTML fragment or document.
  public static func paragraphs(_ html: String) -> [String] {
    paragraphs(MarkupScanner(html, lowercaseNames: true).events())
  }

  /// The paragraphs of already scanned HTML events.
  public static func paragraphs(_ events: [MarkupScanner.Event]) -> [String] {
    var result: [String] = []
    var current = ""
    var skipDepth = 0
    var skippedName = ""

    func endParagraph() {
      let folded = fold(current)
      if !folded.isEmpty { result.append(folded) }
      current = ""
    }

    for event in events {
      switch event {
      case .start(let name, _, let selfClosing):
        if skipDepth > 0 {
          if name == skippedName && !selfClosing { skipDepth += 1 }
        } else if skipped.contains(name) && !selfClosing {
          skipDepth = 1
          skippedName = name
        } else if blocks.contains(name) {
          endParagraph()
        }
      case .end(let name):
        if skipDepth > 0 {
          if name == skippedName { skipDepth -= 1 }
        } else if blocks.contains(name) {
          endParagraph()
        }
      case .text(let text):
        if skipDepth == 0 { current += MarkupEntities.decode(text) }
      case .cdata(let text):
        if skipDepth == 0 { current += text }
      }
    }
    endParagraph()
    return result
  }

  /// Folds runs of white space (including no-break spaces) into single spaces and trims.
  static func fold(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{A0}" {
        pendingSpace = !result.isEmpty
      } else if scalar != "\u{AD}" {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }
}
