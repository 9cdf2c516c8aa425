import Foundation

/// One merged speaker before it is given its id: the canonical name, aliases, type and role
/// picked from the occurrences merged into it (by `SpeakerIndexBuilder.draft`).
struct SpeakerDraft {
  let name: String
  let aliases: [String]
  let type: EntityType
  let role: String?
  let isUnnamed: Bool
  /// The speaker's quotes, grouped by article, both in corpus order.
  let quotesByArticle: [SpeakerIndex.ArticleQuotes]
  let quoteCount: Int
  var articleCount: Int { quotesByArticle.count }
  /// Position of the first quote, to order speakers that tie on everything else.
  let firstQuote: [Int]
  let sortKey: String

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

  /// Every entity type, in a fixed order, to count types by position.
  static let types = EntityType.allCases

  /// The most frequent value; on a tie, the longest, then the first alphabetically.
  static func mostFrequent(_ counts: [String: Int]) -> String? {
    counts.keys.max { a, b in
      let ka = (counts[a] ?? 0, a.count)
      let kb = (counts[b] ?? 0, b.count)
      return ka != kb ? ka < kb : a > b
    }
  }
}

extension SpeakerIndexBuilder {
  /// The draft of the speaker made of these occurrences (positions, ascending).
  ///
  /// - Parameter isPerson: whether they are a cluster of one surname bucket; then each has a
  ///   parsed person name.
  mutating func draft(_ members: [Int32], isPerson: Bool) -> SpeakerDraft {
    let items = occurrences.items
    let name = canonicalName(members, isPerson: isPerson)
    let folded = FoldedText.fold(name)
    var typeCounts = [Int](repeating: 0, count: SpeakerDraft.types.count)
    var articleNumbers: [Int] = []
    var quoteLists: [[Int]] = []
    for member in members {
      let occurrence = items[Int(member)]
      typeCounts[SpeakerDraft.types.firstIndex(of: occurrence.type) ?? 0] += 1
      if articleNumbers.last == Int(occurrence.article) {
        quoteLists[quoteLists.count - 1].append(Int(occurrence.quote))
      } else {
        articleNumbers.append(Int(occurrence.article))
        quoteLists.append([Int(occurrence.quote)])
      }
    }
    let first = items[Int(members.first ?? 0)]
    return SpeakerDraft(
      name: name, aliases: aliases(members, except: folded),
      type: Self.mostFrequentType(typeCounts),
      role: latestMostFrequentRole(members), isUnnamed: !first.isNamed,
      quotesByArticle: zip(articleNumbers, quoteLists).map(SpeakerIndex.ArticleQuotes.init),
      quoteCount: members.count,
      firstQuote: [Int(first.article), Int(first.quote)], sortKey: folded)
  }

  /// The most frequent type (`mostFrequent` of their raw values).
  private static func mostFrequentType(_ counts: [Int]) -> EntityType {
    var byName: [String: Int] = [:]
    for (type, count) in zip(SpeakerDraft.types, counts) where count > 0 {
      byName[type.rawValue] = count
    }
    return SpeakerDraft.mostFrequent(byName).flatMap(EntityType.init) ?? .person
  }

  /// Every form of the name other than the canonical one, one per folded form (the first
  /// alphabetically), ordered by folded form.
  private mutating func aliases(_ members: [Int32], except folded: String) -> [String] {
    draftCount += 1
    let stamp = draftCount
    var forms: [Int32] = []
    func add(_ form: Int32) {
      if seenForms[Int(form)] != stamp {
        seenForms[Int(form)] = stamp
        forms.append(form)
      }
    }
    for member in members {
      let occurrence = occurrences.items[Int(member)]
      add(occurrence.name)
      add(occurrence.attribution)
      let list = Int(occurrence.entityForms)
      if list >= 0, seenEntityForms[list] != stamp {
        seenEntityForms[list] = stamp
        for form in occurrences.forms(ofEntity: list) { add(form) }
      }
    }
    let strings = occurrences.strings
    var aliasesByKey: [String: String] = [:]
    for form in forms.sorted(by: { strings[$0] < strings[$1] }) {
      let key = foldedStrings[form] ?? FoldedText.fold(strings[form])
      foldedStrings[form] = key
      if key != folded, aliasesByKey[key] == nil { aliasesByKey[key] = strings[form] }
    }
    return aliasesByKey.keys.sorted().compactMap { aliasesByKey[$0] }
  }

  /// For people: the most frequent form with a full given name, the fullest on a tie; for
  /// unnamed sources: the most frequent of the longest descriptions; otherwise the most
  /// frequent form as written. Leading articles are dropped ("the United Nations").
  private mutating func canonicalName(_ members: [Int32], isPerson: Bool) -> String {
    let items = occurrences.items
    if isPerson {
      for member in members {
        let person = personOfOccurrence[Int(member)]
        personTally[person] = (personTally[person] ?? 0) + 1
      }
      defer { personTally.clear() }
      let best = personTally.used.max { a, b in
        let (pa, pb) = (people[Int(a)], people[Int(b)])
        let ka = (pa.hasFullGivenName ? 1 : 0, personTally[a] ?? 0, pa.given.count)
        let kb = (pb.hasFullGivenName ? 1 : 0, personTally[b] ?? 0, pb.given.count)
        return ka != kb ? ka < kb : pa.display > pb.display
      }
      if let best { return people[Int(best)].display }
    }
    for member in members {
      let name = items[Int(member)].name
      nameTally[name] = (nameTally[name] ?? 0) + 1
    }
    var counts: [String: Int] = [:]
    for name in nameTally.used {
      counts[withoutArticleForm(name), default: 0] += nameTally[name] ?? 0
    }
    nameTally.clear()
    guard let first = members.first, !items[Int(first)].isNamed else {
      return SpeakerDraft.mostFrequent(counts) ?? ""
    }
    let length = { (form: String) in form.split(separator: " ").count }
    let longest = counts.keys.map(length).max() ?? 0
    return SpeakerDraft.mostFrequent(counts.filter { length($0.key) == longest }) ?? ""
  }

  /// The most frequent role (compared folded); among equally frequent roles, the one used
  /// latest (by article date, then corpus order), in its latest spelling.
  private mutating func latestMostFrequentRole(_ members: [Int32]) -> String? {
    for member in members {
      let occurrence = occurrences.items[Int(member)]
      guard occurrence.role >= 0 else { continue }
      let key = roleKey(occurrence.role)
      let use = RoleUse(
        count: 1, date: dates[Int(occurrence.article)], article: occurrence.article,
        quote: occurrence.quote, role: occurrence.role)
      guard var seen = roleUses[key] else {
        roleUses[key] = use
        continue
      }
      seen.count += 1
      if !use.isEarlier(than: seen) {
        (seen.date, seen.article, seen.quote, seen.role) =
          (use.date, use.article, use.quote, use.role)
      }
      roleUses[key] = seen
    }
    defer { roleUses.clear() }
    let best = roleUses.used.compactMap { roleUses[$0] }.max { a, b in
      guard a.count == b.count else { return a.count < b.count }
      return a.isEarlier(than: b)
    }
    return best.map { occurrences.strings[$0.role] }
  }

  /// The number of a role's folded words in `roleKeys`.
  private mutating func roleKey(_ role: Int32) -> Int32 {
    if let known = roleKeyOfRole[role] { return known }
    let key = roleKeys.number(FoldedText.words(occurrences.strings[role]).joined(separator: " "))
    roleKeyOfRole[role] = key
    return key
  }
}

/// How often one role (compared folded) is used by a speaker, and its latest use.
struct RoleUse {
  var count: Int
  var date: Date
  var article: Int32
  var quote: Int32
  /// The role as spelt in its latest use.
  var role: Int32

  /// Whether this use comes before the other: by article date, then corpus order.
  func isEarlier(than other: RoleUse) -> Bool {
    (date, article, quote) < (other.date, other.article, other.quote)
  }
}
