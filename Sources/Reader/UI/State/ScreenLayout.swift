/// Where each part of the screen goes at a given size: title and status rows, and the panes
/// (three side by side from 120 columns, else the list and one pane beside it).
struct ScreenLayout: Equatable, Sendable {
  static let minimumWidth = 60
  static let minimumHeight = 16
  static let threePaneWidth = 120

  var width: Int
  var height: Int
  var sidePane: Pane

  var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
  var showsThreePanes: Bool { width >= Self.threePaneWidth }

  var titleRow: Int { 0 }
  var statusRow: Int { height - 1 }
  var body: Rect { Rect(x: 0, y: 1, width: width, height: max(0, height - 2)) }

  var list: Rect {
    let listWidth = showsThreePanes ? max(30, width * 24 / 100) : max(28, width * 32 / 100)
    return Rect(x: 0, y: body.y, width: listWidth, height: body.height)
  }

  private var quotesWidth: Int { max(32, width * 27 / 100) }

  /// The article pane, or nil when the narrow layout shows the quotes instead.
  var article: Rect? {
    if showsThreePanes {
      return Rect(
        x: list.maxX, y: body.y, width: width - list.width - quotesWidth, height: body.height)
    }
    return sidePane == .quotes ? nil : side
  }

  /// The quotes pane, or nil when the narrow layout shows the article instead.
  var quotes: Rect? {
    if showsThreePanes {
      return Rect(x: width - quotesWidth, y: body.y, width: quotesWidth, height: body.height)
    }
    return sidePane == .quotes ? side : nil
  }

  private var side: Rect {
    Rect(x: list.maxX, y: body.y, width: width - list.width, height: body.height)
  }

  func rect(of pane: Pane) -> Rect? {
    switch pane {
    case .list: return list
    case .article: return article
    case .quotes: return quotes
    }
  }

  func pane(atX x: Int, y: Int) -> Pane? {
    Pane.allCases.first { rect(of: $0)?.contains(x: x, y: y) ?? false }
  }

  /// Rows of text inside a pane's border.
  func innerHeight(of pane: Pane) -> Int {
    (rect(of: pane) ?? side).inner.height
  }

  func innerWidth(of pane: Pane) -> Int {
    (rect(of: pane) ?? side).inner.width
  }
}
