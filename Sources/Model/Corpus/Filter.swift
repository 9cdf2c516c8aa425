/// What the user wants to see: any combination of speakers (their union), an entity the
/// article mentions, a text search, and marked articles. The empty filter passes everything.
public struct Filter: Sendable, Hashable {
  /// Keep articles quoting any of these speakers, and only these speakers' quotes.
  public var speakers: Set<SpeakerID>
  /// Keep articles mentioning an entity of this name (a full name, a mention or a name word).
  public var mentions: String?
  /// Keep articles whose title or text contains this (case- and diacritic-insensitive).
  public var search: String?
  /// Article ids; when any are given, only these articles can pass.
  public var marked: Set<String>

  public init(
    speakers: Set<SpeakerID> = [], mentions: String? = nil, search: String? = nil,
    marked: Set<String> = []
  ) {
    self.speakers = speakers
    self.mentions = mentions
    self.search = search
    self.marked = marked
  }

  /// The mention filter, when it has any letters or digits.
  var activeMentions: String? { mentions.flatMap { FoldedText.words($0).isEmpty ? nil : $0 } }

  /// The search text, when it is not empty.
  var activeSearch: String? { search.flatMap { $0.isEmpty ? nil : $0 } }

  public var isEmpty: Bool {
    speakers.isEmpty && activeMentions == nil && activeSearch == nil && marked.isEmpty
  }

  /// The filter in words, for titles and export headers: "speaker: Jay Carney",
  /// "speakers: Jay Carney, John Kerry · search: "syria"", or "all articles".
  public func describe(in speakerIndex: SpeakerIndex) -> String {
    var parts: [String] = []
    if !speakers.isEmpty {
      let names = speakers.map { speakerIndex[$0]?.name ?? $0.rawValue }.sorted {
        FoldedText.fold($0) < FoldedText.fold($1)
      }
      parts.append((names.count == 1 ? "speaker: " : "speakers: ") + names.joined(separator: ", "))
    }
    if let mentions = activeMentions { parts.append("mentions: " + mentions) }
    if let search = activeSearch { parts.append("search: \"" + search + "\"") }
    if !marked.isEmpty {
      parts.append("marked: \(marked.count) article" + (marked.count == 1 ? "" : "s"))
    }
    return parts.isEmpty ? "all articles" : parts.joined(separator: " · ")
  }
}
