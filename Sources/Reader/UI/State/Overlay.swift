/// What is shown over the panes and takes the keys: help, warnings, the speaker picker and
/// the prompts.
enum Overlay: Equatable, Sendable {
  case help(top: Int)
  case warnings(top: Int)
  case picker(SpeakerPicker)
  case export(path: String)
  case confirmReplace(path: String)
  case search(query: String)

  /// Whether printable keys type text into the overlay instead of running commands.
  var takesText: Bool {
    switch self {
    case .picker, .export, .search: return true
    case .help, .warnings, .confirmReplace: return false
    }
  }
}

/// The speaker picker: what has been typed, the highlighted row, and the speakers added so far.
struct SpeakerPicker: Equatable, Sendable {
  var query = ""
  var cursor = 0
  var chosen: [String] = []

  /// The speakers whose name or role contains the query, ignoring case and accents.
  func matches(in library: Library) -> [SpeakerSummary] {
    let needle = TextFolding.fold(query)
    guard !needle.isEmpty else { return library.speakers }
    return library.speakers.filter {
      TextFolding.fold($0.name + " " + ($0.role ?? "")).contains(needle)
    }
  }
}
