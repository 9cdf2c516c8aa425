import Model

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
  var chosen: Set<SpeakerID> = []

  /// The speakers (most quoted first) whose name, another form of it, or role contains what
  /// was typed, ignoring case and accents.
  func matches(in corpus: Corpus) -> [CorpusSpeaker] {
    let needle = FoldedText.fold(query)
    guard !needle.isEmpty else { return corpus.speakers.speakers }
    return corpus.speakers.speakers.filter { speaker in
      let names = [speaker.name, speaker.role ?? ""] + speaker.aliases
      return names.contains { FoldedText.fold($0).contains(needle) }
    }
  }
}
