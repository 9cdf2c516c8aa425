import Foundation
import Model

/// Everything the interface shows, as a value: the reducer turns it into the next state and
/// the views draw it. Holds no terminal and does no input or output.
struct ReaderState: Sendable {
  var library: Library
  var problems: [LoadProblem] = []
  /// Analysed articles so far, while the engine is still running.
  var progress: (done: Int, total: Int)?
  var width: Int
  var height: Int
  var focus: Pane = .list
  /// The pane shown beside the list when the screen is too narrow for three.
  var sidePane: Pane = .article
  /// Entries (indices into `library.entries`) in the list under the current filter.
  var visible: [Int] = []
  var listCursor = 0
  var listTop = 0
  var articleTop = 0
  var quoteCursor = 0
  var quoteTop = 0
  var read: Set<String> = []
  var marked: Set<String> = []
  var speakerFilter: [String] = []
  var searchQuery = ""
  /// Scalar offset of the current search hit in the current article.
  var searchHit: Int?
  var overlay: Overlay?
  var message: String?
  var effect: Effect?
  var isQuitting = false
  var needsFullRedraw = false

  init(library: Library = Library(), problems: [LoadProblem] = [], width: Int, height: Int) {
    self.library = library
    self.problems = problems
    self.width = width
    self.height = height
    visible = library.visibleIndices(speakers: [])
    if let id = currentEntry?.article.id { read.insert(id) }
  }

  var currentIndex: Int? {
    visible.indices.contains(listCursor) ? visible[listCursor] : nil
  }

  var currentEntry: LibraryEntry? {
    currentIndex.map { library.entries[$0] }
  }

  /// The current article's quotes that pass the speaker filter, in text order.
  var currentQuotes: [Quote] {
    currentEntry.map { library.quotes(of: $0, speakers: speakerFilter) } ?? []
  }

  var layout: ScreenLayout { ScreenLayout(width: width, height: height, sidePane: sidePane) }

  /// The filter in words, for the title line and export messages.
  var filterDescription: String {
    let names = speakerFilter.map { library.summary(for: $0)?.name ?? $0 }
    return names.isEmpty ? "speaker: all" : "speaker: " + names.joined(separator: ", ")
  }
}
