/// Draws the whole screen for a state: title, panes, status line and any overlay.
enum Screen {
  static func render(_ state: ReaderState) -> CellBuffer {
    var buffer = CellBuffer(width: state.width, height: state.height)
    let layout = state.layout
    let all = Rect(x: 0, y: 0, width: state.width, height: state.height)
    if layout.isTooSmall {
      TooSmallView().draw(state, in: all, into: &buffer)
      return buffer
    }
    TitleBarView().draw(state, in: Rect(x: 0, y: 0, width: state.width, height: 1), into: &buffer)
    ArticleListView().draw(state, in: layout.list, into: &buffer)
    if let rect = layout.article { ArticleView().draw(state, in: rect, into: &buffer) }
    if let rect = layout.quotes { QuotesView().draw(state, in: rect, into: &buffer) }
    let status = Rect(x: 0, y: layout.statusRow, width: state.width, height: 1)
    StatusBarView().draw(state, in: status, into: &buffer)
    switch state.overlay {
    case .help: HelpView().draw(state, in: layout.body, into: &buffer)
    case .warnings: WarningsView().draw(state, in: layout.body, into: &buffer)
    case .picker: SpeakerPickerView().draw(state, in: layout.body, into: &buffer)
    case .export, .confirmReplace:
      ExportPromptView().draw(
        state, in: Rect(x: 0, y: state.height - 2, width: state.width, height: 2), into: &buffer)
    case .search, nil: break
    }
    return buffer
  }
}
