import Foundation

/// One merged speaker before it is given its id: picks the canonical name, aliases, type and
/// role from the occurrences merged into it.
struct SpeakerDraft {
  let name: String
  let aliases: [String]
  let type: EntityType
  let role: String?
  let isUnnamed: Bool
  /// The speaker's quotes, grouped by article, both in corpus order.
  let quotesByArticle: [(Int, [Int])]
  let quoteCount: Int
  var articleCount: Int { quotesByArticle.count }
  /// Position of the first quote, to order speakers that tie on everything else.
  let firstQuote: [Int]
  let sortKey: String

  /// - Parameter people: the parsed person name of each occurrence, or nil.
  init(
    occurrences: [SpeakerOccurrence], people: [PersonName?], _ articles: [AnalysedArticle]
  ) {
    isUnnamed = !(occurrences.first?.isNamed ?? false)
    name = Self.canonicalName(occurrences, people: people)
    let folded = FoldedText.fold(name)
    var forms: Set<String> = []
    for occurrence in occurrences {
      forms.insert(occurrence.name)
      forms.formUnion(occurrence.forms)
    }
    var aliasesByKey: [String: String] = [:]
    for form in forms.sorted() {
      let key = FoldedText.fold(form)
      if key != folded, aliasesByKey[key] == nil { aliasesByKey[key] = form }
    }
    aliases = aliasesByKey.keys.sorted().compactMap { aliasesByKey[$0] }
    type = Self.mostFrequent(occurrences.map(\.type.rawValue)).flatMap(EntityType.init) ?? .person
    role = Self.latestMostFrequentRole(occurrences, articles)
    var grouped: [(Int, [Int])] = []
    for occurrence in occurrences.sorted(by: { ($0.article, $0.quote) < ($1.article, $1.quote) }) {
      if grouped.last?.0 == occurrence.article {
        grouped[grouped.count - 1].1.append(occurrence.quote)
      } else {
        grouped.append((occurrence.article, [occurrence.quote]))
      }
    }
    quotesByArticle = grouped
    quoteCount = occurrences.count
    firstQuote = grouped.first.map { [$0.0, $0.1.first ?? 0] } ?? []
    sortKey = folded
  }

  /// "person:john kerry", "org:united nations", "unnamed:senior state department official".
  var idBase: String {
    let kind = isUnnamed ? "unnamed" : type.rawValue.lowercased()
    return kind + ":" + FoldedText.words(name).joined(separator: " ")
  }

  func speaker(id: SpeakerID) -> CorpusSpeaker {
    CorpusSpeaker(
      id: id, name: name, aliases: aliases, type: type, role: role, quoteCount: quoteCount,
      articleCount: articleCount, isUnnamed: isUnnamed)
  }

  /// For people: the most frequent form with a full given name, the fullest on a tie; for
  /// unnamed sources: the most frequent of the longest descriptions; otherwise the most
  /// frequent form as written. Leading articles are dropped ("the United Nations").
  private static func canonicalName(_ occurrences: [SpeakerOccurrence], people: [PersonName?])
    -> String
  {
    let parsed = people.compactMap { $0 }
    if !parsed.isEmpty {
      var counts: [PersonName: Int] = [:]
      for name in parsed { counts[name, default: 0] += 1 }
      let best = counts.keys.max { a, b in
        let ka = (a.hasFullGivenName ? 1 : 0, counts[a] ?? 0, a.given.count)
        let kb = (b.hasFullGivenName ? 1 : 0, counts[b] ?? 0, b.given.count)
        return ka != kb ? ka < kb : a.display > b.display
      }
      if let best { return best.display }
    }
    let forms = occurrences.map { SpeakerIndexBuilder.withoutArticle($0.name) }
    guard occurrences.first?.isNamed == false else { return mostFrequent(forms) ?? "" }
    let longest = forms.map { $0.split(separator: " ").count }.max() ?? 0
    return mostFrequent(forms.filter { $0.split(separator: " ").count == longest }) ?? ""
  }

  /// The most frequent value; on a tie, the longest, then the first alphabetically.
  private static func mostFrequent(_ values: [String]) -> String? {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.keys.max { a, b in
      let ka = (counts[a] ?? 0, a.count)
      let kb = (counts[b] ?? 0, b.count)
      return ka != kb ? ka < kb : a > b
    }
  }

  /// The most frequent role (compared folded); among equally frequent roles, the one used
  /// latest (by article date, then corpus order), in its latest spelling.
  private static func latestMostFrequentRole(
    _ occurrences: [SpeakerOccurrence], _ articles: [AnalysedArticle]
  ) -> String? {
    var counts: [String: Int] = [:]
    var latest: [String: (date: Date, article: Int, quote: Int, text: String)] = [:]
    var keys: [String: String] = [:]
    for occurrence in occurrences {
      guard let role = occurrence.role else { continue }
      let key = keys[role] ?? FoldedText.words(role).joined(separator: " ")
      keys[role] = key
      counts[key, default: 0] += 1
      let date = articles[occurrence.article].article.date ?? .distantPast
      let stamp = (date, occurrence.article, occurrence.quote, role)
      if let seen = latest[key], (seen.date, seen.article, seen.quote) > (date, stamp.1, stamp.2) {
        continue
      }
      latest[key] = stamp
    }
    let best = counts.keys.max { a, b in
      guard counts[a] == counts[b], let la = latest[a], let lb = latest[b] else {
        return (counts[a] ?? 0) < (counts[b] ?? 0)
      }
      return (la.date, la.article, la.quote) < (lb.date, lb.article, lb.quote)
    }
    return best.flatMap { latest[$0]?.text }
  }
}
