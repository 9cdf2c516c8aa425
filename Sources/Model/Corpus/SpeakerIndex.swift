/// Every speaker of a corpus, merged across articles, with which quotes are whose.
///
/// Speakers are sorted by quote count (most quoted first), then article count, then name.
public struct SpeakerIndex: Sendable {
  /// The quotes of one speaker in one article (indices into `Analysis.quotes`).
  public struct ArticleQuotes: Sendable, Hashable {
    /// Index of the article in `Corpus.articles`.
    public let article: Int
    public let quotes: [Int]
  }

  public let speakers: [CorpusSpeaker]
  private let positions: [SpeakerID: Int]
  /// Per article, per quote: the index of its speaker in `speakers`, or -1.
  private let quoteSpeakers: [[Int32]]
  /// Per speaker (same order as `speakers`): where their quotes are, by article order.
  private let occurrences: [[ArticleQuotes]]
  let lookupTable: SpeakerLookupTable

  init(speakers: [CorpusSpeaker], quoteSpeakers: [[Int32]], occurrences: [[ArticleQuotes]]) {
    self.speakers = speakers
    self.quoteSpeakers = quoteSpeakers
    self.occurrences = occurrences
    var positions: [SpeakerID: Int] = [:]
    for (index, speaker) in speakers.enumerated() { positions[speaker.id] = index }
    self.positions = positions
    lookupTable = SpeakerLookupTable(speakers)
  }

  /// Builds the index of the given articles.
  public init(_ articles: [AnalysedArticle]) {
    self.init(SpeakerOccurrences(articles), of: articles)
  }

  /// Builds the index of the given articles from their speakers' occurrences.
  init(_ occurrences: SpeakerOccurrences, of articles: [AnalysedArticle]) {
    self = SpeakerIndexBuilder.build(occurrences, articles)
  }

  public var count: Int { speakers.count }

  public subscript(id: SpeakerID) -> CorpusSpeaker? {
    positions[id].map { speakers[$0] }
  }

  /// The corpus speaker of a quote, given the article's index in the corpus and the quote's
  /// index in its analysis; nil when the quote has no speaker or the indices are out of range.
  public func speaker(ofQuote quote: Int, inArticle article: Int) -> CorpusSpeaker? {
    guard quoteSpeakers.indices.contains(article), quoteSpeakers[article].indices.contains(quote)
    else { return nil }
    let index = Int(quoteSpeakers[article][quote])
    return index >= 0 ? speakers[index] : nil
  }

  /// Where a speaker's quotes are: one entry per article quoting them, in corpus order.
  public func quotes(of id: SpeakerID) -> [ArticleQuotes] {
    positions[id].map { occurrences[$0] } ?? []
  }

  /// Finds the speaker the user means by a name, a surname or an alias (case- and
  /// diacritic-insensitive).
  public func lookup(_ text: String) -> SpeakerLookup {
    lookupTable.lookup(text, in: speakers)
  }
}
