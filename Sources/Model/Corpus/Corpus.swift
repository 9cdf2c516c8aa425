// The corpus API (issue 6), shared by `reader speakers`, `reader export` and the terminal UI.
//
//   let corpus = Corpus(analysed)                       // from [AnalysedArticle]
//   corpus.articles                                     // [AnalysedArticle], load order
//   corpus.index(ofArticle: id)                         // position of an article id
//   corpus.speakers.speakers                            // [CorpusSpeaker], most quoted first
//   corpus.speakers[id]                                 // CorpusSpeaker? by SpeakerID
//   corpus.speakers.speaker(ofQuote: q, inArticle: a)   // whose quote this is (indices)
//   corpus.speakers.quotes(of: id)                      // [ArticleQuotes] where they are quoted
//   corpus.articles(containing: "syria")               // [Int], positions of matching articles
//   corpus.lookupSpeaker("carney")                      // .found / .ambiguous / .none(closest:)
//   let filter = Filter(speakers: [id], mentions: "Putin", search: "syria", marked: [articleID])
//   filter.describe(in: corpus.speakers)                // "speaker: Jay Carney · …"
//   let selection = corpus.select(filter)               // items (article, quoteIndices, quotes,
//                                                       // quoteCount), counts, description, summary
//   Exporter.render(selection, of: corpus, format: .text, withText: false, exportedAt: Date())
//   Exporter.defaultFileName(format: .text, at: Date()) // "reader-export-20261123-101500.txt"
//   try AtomicFileWriter.write(data, to: path, replacing: false)   // throws AtomicWriteError
//   FoldedText.fold(text), DisplayWidth.of(text)        // the comparison key; terminal columns
//
// Cost: building is linear in the corpus (speakers are merged inside surname buckets only);
// a speaker or entity filter touches only the articles concerned; a one-word search is answered
// from a word index, a phrase search checks the folded text of the articles holding its words.

/// Every loaded article with its analysis, and the indexes built once over them so that
/// filtering stays fast at tens of thousands of articles: the cross-article speaker index,
/// which articles mention which entity, and each article's folded text for search.
public struct Corpus: Sendable {
  public let articles: [AnalysedArticle]
  public let speakers: SpeakerIndex
  public let quoteCount: Int
  /// Per article, how many quotes it has.
  private let quoteCounts: [Int]
  private let positions: [String: Int]
  private let mentionIndex: MentionIndex
  private let searchIndex: SearchIndex

  public init(_ articles: [AnalysedArticle]) {
    self.articles = articles
    let (analysed, searchIndex) = Parallel.both(
      { Self.analysisIndexes(articles) }, { SearchIndex(articles) })
    (speakers, mentionIndex) = analysed
    self.searchIndex = searchIndex
    quoteCounts = articles.map(\.quoteCount)
    quoteCount = quoteCounts.reduce(0, +)
    var positions: [String: Int] = [:]
    for (index, item) in articles.enumerated() where positions[item.id] == nil {
      positions[item.id] = index
    }
    self.positions = positions
  }

  /// The indexes built from the analyses, each analysis read once (it may be kept encoded).
  private static func analysisIndexes(_ articles: [AnalysedArticle]) -> (
    SpeakerIndex, MentionIndex
  ) {
    var occurrences = SpeakerOccurrences()
    var mentions = MentionIndex.Builder()
    for (index, item) in articles.enumerated() {
      let analysis = item.analysis
      occurrences.add(analysis, article: index)
      mentions.add(analysis, article: index)
    }
    return (SpeakerIndex(occurrences, of: articles), mentions.index)
  }

  /// The position in `articles` of the article with this id.
  public func index(ofArticle id: String) -> Int? {
    positions[id]
  }

  /// The positions (ascending) of the articles whose title or text contains `text`, case- and
  /// diacritic-insensitively: the search filter's answer, without building a selection.
  public func articles(containing text: String) -> [Int] {
    searchIndex.articles(containing: text)
  }

  /// Finds the speaker the user means (case- and diacritic-insensitive).
  public func lookupSpeaker(_ text: String) -> SpeakerLookup {
    speakers.lookup(text)
  }

  /// Applies a filter: the articles that pass and, within them, the quotes that pass.
  public func select(_ filter: Filter) -> Selection {
    var allowed: [Bool]? = nil
    func restrict(to indices: [Int]) {
      var next = [Bool](repeating: false, count: articles.count)
      for index in indices where allowed?[index] ?? true { next[index] = true }
      allowed = next
    }
    let speakerQuotes = filter.speakers.isEmpty ? nil : quotes(of: filter.speakers)
    if let speakerQuotes { restrict(to: speakerQuotes.map(\.article)) }
    if !filter.marked.isEmpty { restrict(to: filter.marked.compactMap { positions[$0] }) }
    if let mentions = filter.activeMentions {
      restrict(to: mentionIndex.articles(mentioning: mentions))
    }
    if let search = filter.activeSearch { restrict(to: searchIndex.articles(containing: search)) }

    var items: [Selection.Item] = []
    var quoteCount = 0
    if let speakerQuotes {
      for entry in speakerQuotes where allowed?[entry.article] ?? true {
        quoteCount += entry.quotes.count
        items.append(
          Selection.Item(
            articleIndex: entry.article, articles: articles, selectedQuotes: entry.quotes,
            quoteCount: entry.quotes.count))
      }
    } else {
      for index in articles.indices where allowed?[index] ?? true {
        quoteCount += quoteCounts[index]
        items.append(
          Selection.Item(
            articleIndex: index, articles: articles, selectedQuotes: nil,
            quoteCount: quoteCounts[index]))
      }
    }
    return Selection(
      filter: filter, description: filter.describe(in: speakers), items: items,
      quoteCount: quoteCount, corpusArticleCount: articles.count,
      corpusQuoteCount: self.quoteCount)
  }

  /// The quotes of any of these speakers, per article in corpus order, quotes ascending.
  private func quotes(of ids: Set<SpeakerID>) -> [SpeakerIndex.ArticleQuotes] {
    let lists = ids.map { speakers.quotes(of: $0) }
    guard lists.count > 1 else { return lists.first ?? [] }
    var merged: [SpeakerIndex.ArticleQuotes] = []
    for entry in lists.joined().sorted(by: { $0.article < $1.article }) {
      if let last = merged.last, last.article == entry.article {
        merged[merged.count - 1] = SpeakerIndex.ArticleQuotes(
          article: entry.article, quotes: (last.quotes + entry.quotes).sorted())
      } else {
        merged.append(entry)
      }
    }
    return merged
  }
}
