import Foundation
import Model

/// The reader's state machine: `State + Action → State`, pure apart from the clock it is given.
/// Side effects (writing an export) are requested through `ReaderState.effect`.
enum Reducer {
  static func reduce(_ state: ReaderState, _ action: Action, now: Date) -> ReaderState {
    var next = state
    next.effect = nil
    next.needsFullRedraw = false
    switch action {
    case .command(let command):
      next.message = nil
      if let overlay = next.overlay {
        next.handleOverlay(command, overlay)
      } else {
        next.handle(command, now: now)
      }
    case .type(let character): next.type(character)
    case .deleteBackward: next.deleteBackward()
    case .resize(let width, let height):
      next.width = max(0, width)
      next.height = max(0, height)
      next.clampAll()
    case .click(let x, let y): next.click(x: x, y: y)
    case .wheel(let x, let y, let lines): next.wheel(x: x, y: y, lines: lines)
    case .loaded(let snapshot):
      next.load(snapshot)
    case .exportNeedsConfirmation(let path): next.overlay = .confirmReplace(path: path)
    case .exportFinished(let message):
      next.overlay = nil
      next.message = message
    case .notice(let message):
      next.message = message
    }
    next.layOutArticle()
    return next
  }

  /// The default export path for a moment: `./reader-export-YYYYMMDD-HHMMSS.txt`.
  static func defaultExportPath(at now: Date) -> String {
    "./" + Exporter.defaultFileName(format: .text, at: now)
  }
}

extension ReaderState {
  fileprivate mutating func handle(_ command: Command, now: Date) {
    switch command {
    case .moveDown: move(by: 1)
    case .moveUp: move(by: -1)
    case .first: move(by: -Int.max / 2)
    case .last: move(by: Int.max / 2)
    case .pageDown: move(by: max(1, pageSize))
    case .pageUp: move(by: -max(1, pageSize))
    case .nextPane: cycleFocus(by: 1)
    case .previousPane: cycleFocus(by: -1)
    case .open: open()
    case .mark: toggleMark()
    case .pickSpeakers: overlay = .picker(SpeakerPicker(chosen: speakerFilter))
    case .clearSpeakers: setSpeakerFilter([])
    case .search: overlay = .search(query: "")
    case .nextHit: jumpToHit(forward: true, includingCurrent: false)
    case .previousHit: jumpToHit(forward: false, includingCurrent: false)
    case .export: overlay = .export(path: Reducer.defaultExportPath(at: now))
    case .warnings:
      if problems.isEmpty { message = "no load warnings" } else { overlay = .warnings(top: 0) }
    case .help: overlay = .help(top: 0)
    case .close:
      searchQuery = ""
      searchHit = nil
      searchFailed = false
    case .quit: isQuitting = true
    case .redraw: needsFullRedraw = true
    }
  }

  /// Rows a page moves in the focused pane.
  fileprivate var pageSize: Int {
    let rows = layout.innerHeight(of: focus)
    return focus == .list ? rows / ListGeometry.rowsPerArticle : rows - 1
  }

  fileprivate mutating func move(by delta: Int) {
    switch focus {
    case .list: setCursor(listCursor.addingClamped(delta))
    case .article: scrollArticle(to: articleTop.addingClamped(delta))
    case .quotes: setQuoteCursor(quoteCursor.addingClamped(delta))
    }
  }

  fileprivate mutating func cycleFocus(by step: Int) {
    let count = Pane.allCases.count
    focus = Pane(rawValue: ((focus.rawValue + step) % count + count) % count) ?? .list
    if focus != .list { sidePane = focus }
  }

  fileprivate mutating func open() {
    switch focus {
    case .list:
      focus = .article
      sidePane = .article
    case .quotes:
      let ordered = QuoteRows.ordered(self)
      guard ordered.indices.contains(quoteCursor) else { return }
      focus = .article
      sidePane = .article
      scrollArticle(toOffset: ordered[quoteCursor].start)
    case .article: break
    }
  }

  fileprivate mutating func toggleMark() {
    guard let id = currentArticle?.id else { return }
    if marked.remove(id) == nil { marked.insert(id) }
    message = "\(marked.count) marked"
  }

  mutating func setCursor(_ index: Int) {
    let clamped = min(max(0, index), max(0, items.count - 1))
    if clamped != listCursor {
      listCursor = clamped
      articleTop = 0
      quoteCursor = 0
      quoteTop = 0
      searchHit = nil
    }
    if let id = currentArticle?.id { read.insert(id) }
    let rows = max(1, layout.innerHeight(of: .list) / ListGeometry.rowsPerArticle)
    if listCursor < listTop { listTop = listCursor }
    if listCursor >= listTop + rows { listTop = listCursor - rows + 1 }
    listTop = max(0, min(listTop, max(0, items.count - rows)))
  }

  mutating func scrollArticle(to top: Int) {
    let lines = layOutArticle().count
    articleTop = max(0, min(top, lines - layout.innerHeight(of: .article)))
  }

  /// Scrolls the article so the line holding `offset` is near the top.
  mutating func scrollArticle(toOffset offset: Int) {
    let lines = layOutArticle()
    let line = ArticleLines.line(containing: offset, in: lines)
    articleTop = max(0, min(line - 2, lines.count - layout.innerHeight(of: .article)))
  }

  var articleTextWidth: Int { max(1, layout.innerWidth(of: .article) - 2) }
  var quoteTextWidth: Int { max(1, layout.innerWidth(of: .quotes) - 1) }

  mutating func setQuoteCursor(_ index: Int) {
    let count = QuoteRows.ordered(self).count
    quoteCursor = min(max(0, index), max(0, count - 1))
    let rows = QuoteRows.build(self, width: quoteTextWidth)
    let height = layout.innerHeight(of: .quotes)
    guard let first = QuoteRows.firstRow(of: quoteCursor, in: rows) else {
      quoteTop = 0
      return
    }
    let last = rows.lastIndex { $0.quote == quoteCursor } ?? first
    let heading = quoteCursor == 0 || rows[max(0, first - 1)].quote == nil ? first - 1 : first
    if heading < quoteTop { quoteTop = max(0, heading) }
    if last >= quoteTop + height { quoteTop = max(0, min(first, last - height + 1)) }
  }

  mutating func clampAll() {
    setCursor(listCursor)
    scrollArticle(to: articleTop)
    setQuoteCursor(quoteCursor)
  }
}

extension Int {
  /// Adds without overflowing.
  fileprivate func addingClamped(_ delta: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(delta)
    return overflow ? (delta > 0 ? Int.max : Int.min) : sum
  }
}

/// How the article list lays out its rows.
enum ListGeometry {
  /// Each article takes two rows: its title, then its source, quotes and date.
  static let rowsPerArticle = 2
}
