import Model

/// One article as the reader shows it: the article and, once analysed, what the engine found.
struct LibraryEntry: Sendable {
  var article: Article
  var analysis: Analysis?
  /// The text folded for case- and accent-insensitive search, one scalar per text scalar.
  var folded: [Unicode.Scalar]

  init(article: Article, analysis: Analysis? = nil) {
    self.article = article
    self.analysis = analysis
    folded = TextFolding.foldedScalars(article.text)
  }

  var quotes: [Quote] { analysis?.quotes ?? [] }
}

/// A speaker across the corpus, as the picker lists it.
struct SpeakerSummary: Hashable, Sendable {
  var key: String
  var name: String
  var role: String?
  var quotes: Int
  var articles: Int
}

/// The loaded corpus as the interface sees it: articles that may arrive and be analysed
/// incrementally, and the speakers quoted in them.
struct Library: Sendable {
  private(set) var entries: [LibraryEntry] = []
  private(set) var speakers: [SpeakerSummary] = []
  private(set) var quoteCount = 0

  init(entries: [LibraryEntry] = []) {
    self.entries = entries
    reindex()
  }

  mutating func append(_ articles: [Article]) {
    entries += articles.map { LibraryEntry(article: $0) }
  }

  mutating func setAnalysis(_ analysis: Analysis, at index: Int) {
    guard entries.indices.contains(index) else { return }
    entries[index].analysis = analysis
    reindex()
  }

  /// The speaker a quote is filed under, or nil for an unattributed quote.
  func speakerKey(of quote: Quote) -> String? {
    quote.speaker.map { TextFolding.fold($0.name) }
  }

  func summary(for key: String) -> SpeakerSummary? {
    speakers.first { $0.key == key }
  }

  /// The quotes of an entry that pass a speaker filter (all of them when it is empty).
  func quotes(of entry: LibraryEntry, speakers filter: [String]) -> [Quote] {
    guard !filter.isEmpty else { return entry.quotes }
    return entry.quotes.filter { quote in speakerKey(of: quote).map(filter.contains) ?? false }
  }

  /// The entries in the list under a speaker filter: those that quote one of the speakers.
  func visibleIndices(speakers filter: [String]) -> [Int] {
    entries.indices.filter { filter.isEmpty || !quotes(of: entries[$0], speakers: filter).isEmpty }
  }

  private mutating func reindex() {
    var summaries: [String: SpeakerSummary] = [:]
    var order: [String] = []
    var total = 0
    for entry in entries {
      var seen: Set<String> = []
      for quote in entry.quotes {
        total += 1
        guard let speaker = quote.speaker, let key = speakerKey(of: quote) else { continue }
        if summaries[key] == nil {
          summaries[key] = SpeakerSummary(
            key: key, name: speaker.name, role: speaker.role, quotes: 0, articles: 0)
          order.append(key)
        }
        summaries[key]?.quotes += 1
        if summaries[key]?.role == nil { summaries[key]?.role = speaker.role }
        if seen.insert(key).inserted { summaries[key]?.articles += 1 }
      }
    }
    quoteCount = total
    speakers = order.compactMap { summaries[$0] }.sorted { $0.quotes > $1.quotes }
  }
}
