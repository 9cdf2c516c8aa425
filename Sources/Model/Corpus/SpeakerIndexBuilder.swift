import Foundation

/// Merges the speakers of every article into corpus speakers.
///
/// People are bucketed by surname (transliteration-insensitive), so merging never compares
/// speakers across buckets; inside a bucket, name forms join a cluster only when they are
/// compatible with every form already in it and with no other cluster ("J. Kerry" joins
/// "John Kerry" unless a "Jane Kerry" exists too). Organisations and other named speakers merge
/// on their folded name; unnamed speakers on their folded description.
enum SpeakerIndexBuilder {
  static func build(_ articles: [AnalysedArticle]) -> SpeakerIndex {
    let occurrences = SpeakerOccurrence.all(in: articles)
    var keys: [String] = []
    var people: [Int: PersonName] = [:]
    var parsed: [String: PersonName?] = [:]
    var descriptions: [String: String] = [:]
    for (index, occurrence) in occurrences.enumerated() {
      if occurrence.isNamed, occurrence.type == .person,
        let name = parsed[occurrence.name]
          ?? {
            let name = PersonName(occurrence.name)
            parsed[occurrence.name] = name
            return name
          }()
      {
        people[index] = name
        keys.append("p|" + name.bucket)
      } else {
        let key = descriptions[occurrence.name] ?? descriptionKey(occurrence.name)
        descriptions[occurrence.name] = key
        keys.append((occurrence.isNamed ? "n|" : "u|") + key)
      }
    }
    resolveShortDescriptions(&keys, occurrences)
    var buckets: [String: [Int]] = [:]
    for (index, key) in keys.enumerated() { buckets[key, default: []].append(index) }
    var clusters: [[Int]] = []
    for key in buckets.keys.sorted() {
      let members = buckets[key] ?? []
      if key.hasPrefix("p|") {
        clusters += clusterPeople(members, names: people)
      } else {
        clusters.append(members)
      }
    }
    let drafts = clusters.map {
      SpeakerDraft(occurrences: $0.map { occurrences[$0] }, people: $0.map { people[$0] }, articles)
    }
    return assemble(drafts, articles: articles)
  }

  /// Within one article, an unnamed speaker's short description that ends exactly one longer
  /// description of the same article is taken as that one: "the official said" after "a senior
  /// State Department official said" is the same source.
  private static func resolveShortDescriptions(
    _ keys: inout [String], _ occurrences: [SpeakerOccurrence]
  ) {
    var start = 0
    while start < occurrences.count {
      var end = start
      while end < occurrences.count, occurrences[end].article == occurrences[start].article {
        end += 1
      }
      let unnamed = Set(keys[start..<end].filter { $0.hasPrefix("u|") })
      for index in start..<end where keys[index].hasPrefix("u|") {
        let suffix = " " + keys[index].dropFirst(2)
        let longer = unnamed.filter { $0 != keys[index] && $0.hasSuffix(suffix) }
        if longer.count == 1, let only = longer.first { keys[index] = only }
      }
      start = end
    }
  }

  /// A description without its leading article: "the senior official" → "senior official".
  static func withoutArticle(_ text: String) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count > 1, ["the", "a", "an"].contains(words[0].lowercased()) else {
      return words.joined(separator: " ")
    }
    return words.dropFirst().joined(separator: " ")
  }

  /// The folded words of a description without its leading article.
  private static func descriptionKey(_ text: String) -> String {
    FoldedText.words(withoutArticle(text)).joined(separator: " ")
  }

  /// Splits one surname bucket into people: fullest forms first, each form joining the one
  /// cluster it is compatible with, or starting its own when none or several are.
  private static func clusterPeople(_ members: [Int], names: [Int: PersonName]) -> [[Int]] {
    var forms: [PersonName: [Int]] = [:]
    for member in members {
      if let name = names[member] { forms[name, default: []].append(member) }
    }
    let ordered = forms.keys.sorted { a, b in
      let ka = (a.hasFullGivenName ? 1 : 0, a.given.count, forms[a]?.count ?? 0)
      let kb = (b.hasFullGivenName ? 1 : 0, b.given.count, forms[b]?.count ?? 0)
      if ka != kb { return ka > kb }
      return a.display < b.display
    }
    var clusters: [(names: [PersonName], members: [Int])] = []
    for form in ordered {
      let compatible = clusters.indices.filter { index in
        clusters[index].names.allSatisfy { $0.isCompatible(with: form) }
      }
      if compatible.count == 1 {
        clusters[compatible[0]].names.append(form)
        clusters[compatible[0]].members += forms[form] ?? []
      } else {
        clusters.append(([form], forms[form] ?? []))
      }
    }
    return clusters.map { $0.members.sorted() }
  }

  /// Orders the speakers, gives them ids and records which quote is whose.
  private static func assemble(_ drafts: [SpeakerDraft], articles: [AnalysedArticle])
    -> SpeakerIndex
  {
    let ordered = drafts.sorted { a, b in
      if a.quoteCount != b.quoteCount { return a.quoteCount > b.quoteCount }
      if a.articleCount != b.articleCount { return a.articleCount > b.articleCount }
      if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
      return a.firstQuote.lexicographicallyPrecedes(b.firstQuote)
    }
    var quoteSpeakers = articles.map { [Int32](repeating: -1, count: $0.analysis.quotes.count) }
    var used: [String: Int] = [:]
    var speakers: [CorpusSpeaker] = []
    var occurrences: [[SpeakerIndex.ArticleQuotes]] = []
    for (index, draft) in ordered.enumerated() {
      let base = draft.idBase
      used[base, default: 0] += 1
      let count = used[base] ?? 1
      let id = SpeakerID(count == 1 ? base : base + "#\(count)")
      speakers.append(draft.speaker(id: id))
      for (article, quotes) in draft.quotesByArticle {
        for quote in quotes { quoteSpeakers[article][quote] = Int32(index) }
      }
      occurrences.append(
        draft.quotesByArticle.map { SpeakerIndex.ArticleQuotes(article: $0.0, quotes: $0.1) })
    }
    return SpeakerIndex(
      speakers: speakers, quoteSpeakers: quoteSpeakers, occurrences: occurrences)
  }
}
