/// How commands and typed text act while an overlay or prompt is open.
extension ReaderState {
  mutating func handleOverlay(_ command: Command, _ current: Overlay) {
    if command == .close || (command == .quit && !current.takesText) {
      closeOverlay(current)
      return
    }
    if command == .redraw {
      needsFullRedraw = true
      return
    }
    switch current {
    case .help(let top):
      if command == .help {
        overlay = nil
      } else {
        overlay = .help(top: scrolled(top, command, count: ActionTable.bindings.count))
      }
    case .warnings(let top):
      overlay = .warnings(top: scrolled(top, command, count: problems.count))
    case .picker(var picker):
      pick(command, &picker)
    case .export(let path):
      if command == .open { effect = .export(path: path, replace: false) }
    case .confirmReplace:
      closeOverlay(current)
    case .search:
      if command == .open { overlay = nil }
    }
  }

  mutating func type(_ character: Character) {
    switch overlay {
    case .picker(var picker):
      picker.query.append(character)
      picker.cursor = 0
      overlay = .picker(picker)
    case .export(let path):
      overlay = .export(path: path + String(character))
    case .confirmReplace(let path):
      if character == "y" || character == "Y" {
        effect = .export(path: path, replace: true)
      } else {
        closeOverlay(.confirmReplace(path: path))
      }
    case .search(let query):
      let longer = query + String(character)
      overlay = .search(query: longer)
      searchQuery = longer
      searchHit = nil
      // A query that found nothing finds nothing when it grows: no need to look again.
      let hopeless =
        searchFailed
        && TextFolding.pattern(longer).starts(with: TextFolding.pattern(query))
      if hopeless {
        message = "no match for ‘\(longer)’"
      } else {
        jumpToHit(forward: true, includingCurrent: true)
      }
    case .help, .warnings, nil:
      break
    }
  }

  mutating func deleteBackward() {
    switch overlay {
    case .picker(var picker):
      picker.query = String(picker.query.dropLast())
      picker.cursor = 0
      overlay = .picker(picker)
    case .export(let path):
      overlay = .export(path: String(path.dropLast()))
    case .search(let query):
      let shorter = String(query.dropLast())
      overlay = .search(query: shorter)
      searchQuery = shorter
      searchHit = nil
      searchFailed = false
      if !shorter.isEmpty { jumpToHit(forward: true, includingCurrent: true) }
    case .help, .warnings, .confirmReplace, nil:
      break
    }
  }

  private mutating func closeOverlay(_ current: Overlay) {
    overlay = nil
    switch current {
    case .search:
      searchQuery = ""
      searchHit = nil
      searchFailed = false
    case .export, .confirmReplace:
      message = "export cancelled"
    case .help, .warnings, .picker:
      break
    }
  }

  private mutating func pick(_ command: Command, _ picker: inout SpeakerPicker) {
    let matches = picker.matches(in: corpus)
    switch command {
    case .moveDown, .moveUp, .pageDown, .pageUp, .first, .last:
      picker.cursor = scrolled(picker.cursor, command, count: matches.count)
      overlay = .picker(picker)
    case .mark:
      guard matches.indices.contains(picker.cursor) else { return }
      let id = matches[picker.cursor].id
      if picker.chosen.remove(id) == nil { picker.chosen.insert(id) }
      overlay = .picker(picker)
    case .open:
      var chosen = picker.chosen
      if matches.indices.contains(picker.cursor) { chosen.insert(matches[picker.cursor].id) }
      overlay = nil
      setSpeakerFilter(chosen)
    default:
      break
    }
  }

  /// A row index moved by a scrolling command within `count` rows.
  private func scrolled(_ row: Int, _ command: Command, count: Int) -> Int {
    let page = max(1, height / 2)
    let target: Int
    switch command {
    case .moveDown: target = row + 1
    case .moveUp: target = row - 1
    case .pageDown: target = row + page
    case .pageUp: target = row - page
    case .first: target = 0
    case .last: target = count - 1
    default: target = row
    }
    return max(0, min(target, count - 1))
  }
}
