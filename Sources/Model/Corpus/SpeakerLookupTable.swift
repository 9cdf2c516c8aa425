/// The folded names and name words of every speaker, precomputed so that a lookup from user
/// text is a plain scan: exact name or alias first, then whole words (a surname, "john kerry"),
/// then word prefixes ("carn"); "none" comes with the closest names by edit distance.
struct SpeakerLookupTable: Sendable {
  /// Per speaker: folded canonical name and aliases, as words joined by one space.
  private let names: [[String]]
  /// Per speaker: every word of those names.
  private let words: [Set<String>]

  init(_ speakers: [CorpusSpeaker]) {
    names = speakers.map { speaker in
      ([speaker.name] + speaker.aliases).map { FoldedText.words($0).joined(separator: " ") }
    }
    words = names.map { Set($0.flatMap { $0.split(separator: " ").map(String.init) }) }
  }

  func lookup(_ text: String, in speakers: [CorpusSpeaker]) -> SpeakerLookup {
    let queryWords = FoldedText.words(text)
    guard !queryWords.isEmpty else { return .none(closest: []) }
    let query = queryWords.joined(separator: " ")
    let stages: [(Int) -> Bool] = [
      { names[$0].contains(query) },
      { queryWords.allSatisfy(words[$0].contains) },
      { i in queryWords.allSatisfy { word in words[i].contains { $0.hasPrefix(word) } } },
    ]
    for matches in stages {
      let hits = speakers.indices.filter(matches)
      if hits.count == 1 { return .found(speakers[hits[0]]) }
      if hits.count > 1 { return .ambiguous(hits.map { speakers[$0] }) }
    }
    return .none(closest: closest(to: query, in: speakers))
  }

  /// Up to three speakers whose name, alias or name word is nearest to the query.
  private func closest(to query: String, in speakers: [CorpusSpeaker]) -> [CorpusSpeaker] {
    let limit = max(2, query.count / 3)
    let scored = speakers.indices.compactMap { index -> (distance: Int, index: Int)? in
      let candidates = names[index] + words[index]
      let best = candidates.map { EditDistance.between(query, $0) }.min() ?? Int.max
      return best <= limit ? (best, index) : nil
    }
    return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(3).map {
      speakers[$0.index]
    }
  }
}

/// Levenshtein distance between two short strings, by characters.
enum EditDistance {
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
