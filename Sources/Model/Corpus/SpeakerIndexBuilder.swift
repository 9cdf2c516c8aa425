import Foundation

/// Merges the speakers of every article into corpus speakers.
///
/// People are bucketed by surname (transliteration-insensitive), so merging never compares
/// speakers across buckets; inside a bucket, name forms join a cluster only when they are
/// compatible with every form already in it and with no other cluster ("J. Kerry" joins
/// "John Kerry" unless a "Jane Kerry" exists too). Organisations and other named speakers merge
/// on their folded name; unnamed speakers on their folded description.
///
/// Works on numbered strings: names are parsed, folded and keyed once per distinct string.
struct SpeakerIndexBuilder {
  let articles: [AnalysedArticle]
  let occurrences: SpeakerOccurrences
  /// Per article: its date, or the distant past.
  let dates: [Date]
  /// Every distinct parsed person name.
  var people: [PersonName] = []
  private var personNumbers: [PersonName: Int32] = [:]
  /// Per name string: the number of its parsed person name in `people`, or -1.
  private var personOfName: PerNumber<Int32>
  /// Per occurrence: the number of its person name in `people`, or -1 when not a person.
  var personOfOccurrence: [Int32]
  private var descriptionKeys: PerNumber<String>
  var withoutArticleForms: PerNumber<String>
  var foldedStrings: PerNumber<String>
  /// Per role string: the number of its folded words in `roleKeys`.
  var roleKeyOfRole: PerNumber<Int32>
  var roleKeys = SpeakerStrings()
  /// Per string and per entity form list: the draft that last saw it (to collect each once).
  var seenForms: [Int32]
  var seenEntityForms: [Int32]
  var draftCount: Int32 = 0
  /// One speaker's tallies: per person, per name string, per role key.
  var personTally = PerNumber<Int>(count: 0)
  var nameTally: PerNumber<Int>
  var roleUses: PerNumber<RoleUse>

  static func build(_ occurrences: SpeakerOccurrences, _ articles: [AnalysedArticle])
    -> SpeakerIndex
  {
    var builder = SpeakerIndexBuilder(occurrences, articles)
    return builder.index()
  }

  private init(_ occurrences: SpeakerOccurrences, _ articles: [AnalysedArticle]) {
    self.articles = articles
    self.occurrences = occurrences
    dates = articles.map { $0.article.date ?? .distantPast }
    let strings = occurrences.strings.count
    personOfName = PerNumber(count: strings)
    personOfOccurrence = [Int32](repeating: -1, count: occurrences.items.count)
    descriptionKeys = PerNumber(count: strings)
    withoutArticleForms = PerNumber(count: strings)
    foldedStrings = PerNumber(count: strings)
    roleKeyOfRole = PerNumber(count: strings)
    seenForms = [Int32](repeating: -1, count: strings)
    seenEntityForms = [Int32](repeating: -1, count: occurrences.entityCount)
    nameTally = PerNumber(count: strings)
    roleUses = PerNumber(count: strings)
  }

  private mutating func index() -> SpeakerIndex {
    var buckets = bucketKeys()
    resolveShortDescriptions(&buckets)
    let members = Self.grouped(buckets.keys, count: buckets.strings.count)
    personTally = PerNumber(count: people.count)
    var drafts: [SpeakerDraft] = []
    for (key, bucket) in members.enumerated() where !bucket.isEmpty {
      if buckets.isPerson[key] {
        for cluster in clusterPeople(bucket) { drafts.append(draft(cluster, isPerson: true)) }
      } else {
        drafts.append(draft(bucket, isPerson: false))
      }
    }
    return Self.assemble(drafts, articles: articles)
  }

  /// Each occurrence's bucket: "p|" and the surname bucket for people, "n|" and the folded name
  /// for other named speakers, "u|" and the folded description for unnamed ones.
  private struct Buckets {
    /// Per occurrence: the number of its key in `strings`.
    var keys: [Int32] = []
    var strings = SpeakerStrings()
    /// Per key: whether it is a person bucket ("p|").
    var isPerson: [Bool] = []
    /// Per key: whether it is an unnamed speaker's ("u|").
    var isUnnamed: [Bool] = []
  }

  private mutating func bucketKeys() -> Buckets {
    var buckets = Buckets()
    buckets.keys.reserveCapacity(occurrences.items.count)
    /// Per name string, the key as a named person, another named speaker, an unnamed one.
    var cached = (0..<3).map { _ in PerNumber<Int32>(count: occurrences.strings.count) }
    for (index, occurrence) in occurrences.items.enumerated() {
      var person: Int32 = -1
      if occurrence.isNamed, occurrence.type == .person { person = self.person(occurrence.name) }
      personOfOccurrence[index] = person
      let kind = person >= 0 ? 0 : occurrence.isNamed ? 1 : 2
      let key =
        cached[kind][occurrence.name]
        ?? buckets.strings.number(
          person >= 0
            ? "p|" + people[Int(person)].bucket
            : (occurrence.isNamed ? "n|" : "u|") + descriptionKey(occurrence.name))
      cached[kind][occurrence.name] = key
      if Int(key) == buckets.isPerson.count {
        buckets.isPerson.append(kind == 0)
        buckets.isUnnamed.append(kind == 2)
      }
      buckets.keys.append(key)
    }
    return buckets
  }

  /// The number in `people` of the person a name string parses as, or -1.
  private mutating func person(_ name: Int32) -> Int32 {
    if let known = personOfName[name] { return known }
    var number: Int32 = -1
    if let parsed = PersonName(occurrences.strings[name]) {
      number = personNumbers[parsed] ?? Int32(people.count)
      if Int(number) == people.count {
        people.append(parsed)
        personNumbers[parsed] = number
      }
    }
    personOfName[name] = number
    return number
  }

  /// The folded words of a description without its leading article.
  private mutating func descriptionKey(_ text: Int32) -> String {
    if let known = descriptionKeys[text] { return known }
    let key = FoldedText.words(withoutArticleForm(text)).joined(separator: " ")
    descriptionKeys[text] = key
    return key
  }

  /// A name string without its leading article.
  mutating func withoutArticleForm(_ text: Int32) -> String {
    if let known = withoutArticleForms[text] { return known }
    let form = Self.withoutArticle(occurrences.strings[text])
    withoutArticleForms[text] = form
    return form
  }

  /// Within one article, an unnamed speaker's short description that ends exactly one longer
  /// description of the same article is taken as that one: "the official said" after "a senior
  /// State Department official said" is the same source.
  private func resolveShortDescriptions(_ buckets: inout Buckets) {
    let items = occurrences.items
    var start = 0
    while start < items.count {
      var end = start
      while end < items.count, items[end].article == items[start].article { end += 1 }
      var unnamed: [Int32] = []
      for index in start..<end {
        let key = buckets.keys[index]
        if buckets.isUnnamed[Int(key)], !unnamed.contains(key) { unnamed.append(key) }
      }
      if unnamed.count > 1 {
        var replacements: [Int32: Int32] = [:]
        for key in unnamed {
          let suffix = " " + buckets.strings[key].dropFirst(2)
          let longer = unnamed.filter { $0 != key && buckets.strings[$0].hasSuffix(suffix) }
          if longer.count == 1 { replacements[key] = longer[0] }
        }
        for index in start..<end {
          if let replacement = replacements[buckets.keys[index]] {
            buckets.keys[index] = replacement
          }
        }
      }
      start = end
    }
  }

  /// The positions of each key's occurrences, ascending, per key number.
  private static func grouped(_ keys: [Int32], count: Int) -> [[Int32]] {
    var groups = [[Int32]](repeating: [], count: count)
    for (index, key) in keys.enumerated() { groups[Int(key)].append(Int32(index)) }
    return groups
  }

  /// A description without its leading article: "the senior official" → "senior official".
  static func withoutArticle(_ text: String) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count > 1, ["the", "a", "an"].contains(words[0].lowercased()) else {
      return words.joined(separator: " ")
    }
    return words.dropFirst().joined(separator: " ")
  }

  /// Splits one surname bucket into people: fullest forms first, each form joining the one
  /// cluster it is compatible with, or starting its own when none or several are.
  private func clusterPeople(_ members: [Int32]) -> [[Int32]] {
    let first = members.first.map { personOfOccurrence[Int($0)] }
    guard members.contains(where: { personOfOccurrence[Int($0)] != first }) else {
      return [members]
    }
    var forms: [Int32: [Int32]] = [:]
    for member in members { forms[personOfOccurrence[Int(member)], default: []].append(member) }
    let ordered = forms.keys.sorted { a, b in
      let (pa, pb) = (people[Int(a)], people[Int(b)])
      let ka = (pa.hasFullGivenName ? 1 : 0, pa.given.count, forms[a]?.count ?? 0)
      let kb = (pb.hasFullGivenName ? 1 : 0, pb.given.count, forms[b]?.count ?? 0)
      if ka != kb { return ka > kb }
      return pa.display < pb.display
    }
    var clusters: [(names: [Int32], members: [Int32])] = []
    for form in ordered {
      let name = people[Int(form)]
      let compatible = clusters.indices.filter { index in
        clusters[index].names.allSatisfy { people[Int($0)].isCompatible(with: name) }
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
    var quoteSpeakers = articles.map { [Int32](repeating: -1, count: $0.quoteCount) }
    var used: [String: Int] = [:]
    var speakers: [CorpusSpeaker] = []
    var occurrences: [[SpeakerIndex.ArticleQuotes]] = []
    for (index, draft) in ordered.enumerated() {
      let base = draft.idBase
      used[base, default: 0] += 1
      let count = used[base] ?? 1
      let id = SpeakerID(count == 1 ? base : base + "#\(count)")
      speakers.append(draft.speaker(id: id))
      for entry in draft.quotesByArticle {
        for quote in entry.quotes { quoteSpeakers[entry.article][quote] = Int32(index) }
      }
      occurrences.append(draft.quotesByArticle)
    }
    return SpeakerIndex(
      speakers: speakers, quoteSpeakers: quoteSpeakers, occurrences: occurrences)
  }
}
