import Foundation
import Model

/// Everything the interface shows, as a value: the reducer turns it into the next state and
/// the views draw it. Holds no terminal and does no input or output.
struct ReaderState: Sendable {
  private(set) var corpus: Corpus
  /// The articles in the list and their quotes: the corpus under the speaker filter.
  private(set) var selection: Selection
  var problems: [LoadProblem] = []
  /// How far reading and analysing the sources has come, while they are still under way.
  var progress: PipelineProgress?
  var width: Int
  var height: Int
  var focus: Pane = .list
  /// The pane shown beside the list when the screen is too narrow for three.
  var sidePane: Pane = .article
  var listCursor = 0
  var listTop = 0
  var articleTop = 0
  var quoteCursor = 0
  var quoteTop = 0
  var read: Set<String> = []
  var marked: Set<String> = []
  private(set) var speakerFilter: Set<SpeakerID> = []
  var searchQuery = ""
  /// Scalar offset of the current search hit in the current article.
  var searchHit: Int?
  /// Whether the last search found nothing in any listed article.
  var searchFailed = false
  var overlay: Overlay?
  var message: String?
  var effect: Effect?
  var isQuitting = false
  var needsFullRedraw = false
  /// The current article's lines, kept between keys (see `layOutArticle`).
  var articleLayout = ArticleLayout()

  init(corpus: Corpus, problems: [LoadProblem] = [], width: Int, height: Int) {
    self.corpus = corpus
    self.problems = problems
    self.width = width
    self.height = height
    selection = corpus.select(Filter())
    if let id = currentArticle?.id { read.insert(id) }
    layOutArticle()
  }

  var items: [Selection.Item] { selection.items }

  var currentItem: Selection.Item? {
    items.indices.contains(listCursor) ? items[listCursor] : nil
  }

  var currentArticle: AnalysedArticle? { currentItem?.article }

  var layout: ScreenLayout { ScreenLayout(width: width, height: height, sidePane: sidePane) }

  /// The corpus speaker of a quote of the current article.
  func speaker(ofQuote quote: Int) -> CorpusSpeaker? {
    currentItem.flatMap { corpus.speakers.speaker(ofQuote: quote, inArticle: $0.articleIndex) }
  }

  /// A corpus article's text folded for search (see `TextFolding`), made when needed.
  func searchText(ofArticle index: Int) -> [Unicode.Scalar] {
    corpus.articles.indices.contains(index)
      ? TextFolding.foldedScalars(corpus.articles[index].article.text) : []
  }

  /// The filter in words, for the title line.
  var filterDescription: String {
    speakerFilter.isEmpty ? "speaker: all" : selection.description
  }

  /// What an export writes now: the listed articles (only the marked ones if any are marked)
  /// with the quotes that pass the speaker filter.
  var exportSelection: Selection {
    corpus.select(Filter(speakers: speakerFilter, marked: marked))
  }

  /// Takes in where loading stands: the problems met so far, the progress while work remains,
  /// and the fuller corpus when the snapshot brings one.
  mutating func load(_ snapshot: CorpusFeed.Snapshot) {
    problems = snapshot.problems
    progress = snapshot.progress.isComplete ? nil : snapshot.progress
    if let corpus = snapshot.corpus { replaceCorpus(corpus) }
  }

  /// Replaces the corpus (a fuller one arrived), keeping the current article when it is still
  /// there.
  mutating func replaceCorpus(_ newCorpus: Corpus) {
    let current = currentArticle?.id
    corpus = newCorpus
    reselect(keeping: current)
  }

  mutating func setSpeakerFilter(_ speakers: Set<SpeakerID>) {
    speakerFilter = speakers
    reselect(keeping: currentArticle?.id)
    quoteCursor = 0
    quoteTop = 0
  }

  /// Applies the filter again. The current article keeps its place and scroll when it is
  /// still listed; otherwise the first article is shown from its top.
  private mutating func reselect(keeping id: String?) {
    selection = corpus.select(Filter(speakers: speakerFilter))
    if let id, let position = items.firstIndex(where: { $0.article.id == id }) {
      listCursor = position
      setCursor(position)
    } else {
      listCursor = -1
      setCursor(0)
    }
  }
}
