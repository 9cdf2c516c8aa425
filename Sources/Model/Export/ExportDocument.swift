import Foundation

/// What every export format shows, worked out once: the header facts and, per article, its
/// source, date, selected quotes with their speakers, and body paragraphs when asked for.
struct ExportDocument {
  /// One selected quote with the name and role of its speaker.
  struct QuoteEntry {
    let quote: Quote
    /// The corpus speaker's canonical name, or the attribution's name, or nil.
    let speaker: String?
    let role: String?

    /// The quote's words, in marks when it is a direct quote given without them.
    var displayText: String {
      let text = quote.text.trimmingCharacters(in: .whitespacesAndNewlines)
      let marks: Set<Character> = ["\"", "“", "”", "«", "»", "'", "‘", "’"]
      guard quote.kind == .direct, let first = text.first, !marks.contains(first) else {
        return text
      }
      return "“" + text + "”"
    }

    /// "Jay Carney, White House spokesman · direct", or "unattributed · direct".
    var attribution: String {
      var line = speaker ?? "unattributed"
      if let role, !role.isEmpty { line += ", " + role }
      return line + " · " + quote.kind.rawValue
    }
  }

  /// One selected article.
  struct ArticleEntry {
    let record: ExtractRecord
    let source: String
    /// "2013-05-07", or nil when the article has no date.
    let day: String?
    let quotes: [QuoteEntry]
    /// The body paragraphs (title and page chrome left out), only when text was asked for.
    let body: [String]?
  }

  let title: String
  let exportedAt: String
  let filter: String
  /// "1 of 2 articles, 3 of 27 quotes".
  let counts: String
  let selection: Selection
  let articles: [ArticleEntry]
  let withText: Bool

  init(selection: Selection, speakers: SpeakerIndex, withText: Bool, exportedAt date: Date) {
    self.selection = selection
    self.withText = withText
    title = "reader export: " + selection.summary
    exportedAt = date.formatted(.iso8601)
    filter = selection.description
    counts =
      "\(selection.articleCount) of "
      + Selection.count(selection.corpusArticleCount, "article") + ", "
      + "\(selection.quoteCount) of " + Selection.count(selection.corpusQuoteCount, "quote")
    articles = selection.items.map { item in
      let article = item.article.article
      let quotes = item.quoteIndices.map { index in
        let quote = item.article.analysis.quotes[index]
        let corpusSpeaker = speakers.speaker(ofQuote: index, inArticle: item.articleIndex)
        return QuoteEntry(
          quote: quote, speaker: corpusSpeaker?.name ?? quote.speaker?.name,
          role: quote.speaker?.role ?? corpusSpeaker?.role)
      }
      var record = ExtractRecord(article: article, analysis: item.article.analysis)
      record.quotes = quotes.map(\.quote)
      return ArticleEntry(
        record: record, source: Self.source(of: article),
        day: article.date.map { $0.formatted(.iso8601.year().month().day()) },
        quotes: quotes,
        body: withText ? Self.body(of: article) : nil)
    }
  }

  /// The body paragraphs' text: the title and page chrome left out.
  private static func body(of article: Article) -> [String] {
    var cursor = UTF8Cursor(bytes: Array(article.text.utf8))
    return article.paragraphs.filter { $0.kind == .body }.map { paragraph in
      let start = cursor.byteOffset(ofScalar: paragraph.start)
      let end = cursor.byteOffset(ofScalar: max(paragraph.end, paragraph.start))
      return String(decoding: cursor.bytes[start..<end], as: UTF8.self)
    }
  }

  /// Turns scalar offsets into UTF-8 offsets walking the bytes once for ascending offsets
  /// (from the start again for an earlier one); offsets past the end give the end.
  private struct UTF8Cursor {
    let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    init(bytes: [UInt8]) {
      self.bytes = bytes
    }

    mutating func byteOffset(ofScalar target: Int) -> Int {
      if target < scalar {
        byte = 0
        scalar = 0
      }
      while scalar < target, byte < bytes.count {
        byte += 1
        while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        scalar += 1
      }
      return byte
    }
  }

  /// The link when the source names one, else the path (with the item number for feeds).
  private static func source(of article: Article) -> String {
    if let link = article.link, !link.isEmpty { return link }
    return article.item.map { "\(article.path) #\($0)" } ?? article.path
  }
}
