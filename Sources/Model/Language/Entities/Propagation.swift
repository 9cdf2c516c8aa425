/// Second pass of the recogniser: document-level evidence for single words.
///
/// Once "Josh Earnest" is a person, "Earnest said" is too, although "earnest" is also a word; a
/// lone unknown word before "said" or "told" is a person ("Obama told"); a word typed once as a
/// place or organisation keeps that type elsewhere in the article. Hash lookups only.
struct Propagation {
  let traits: NameTraits

  func apply(spans: [Span], loose: [Int]) -> [Span] {
    var people = Set<String>()
    var givenNames = Set<String>()
    var singleTypes: [String: EntityType] = [:]
    for span in spans {
      if span.type == .person && span.name.count >= 2 {
        for key in surnameKeys(span.name) { people.insert(key) }
        givenNames.insert(traits.bare(span.name.lowerBound))
      } else if span.name.count == 1 && span.type != .person {
        singleTypes[traits.bare(span.name.lowerBound), default: span.type] = span.type
      }
    }
    for span in spans where span.type == .person && span.name.count == 1 {
      people.insert(traits.bare(span.name.lowerBound))
    }
    // "Petofi general manager", "Cofinec shares": an unknown word before a company noun.
    var companies = Set<String>()
    for k in loose where hasOrganisationContext(k) { companies.insert(traits.bare(k)) }
    for k in loose where hasPersonContext(k) && !companies.contains(traits.bare(k)) {
      people.insert(traits.bare(k))
    }

    // A name typed once as an organisation (a team, a company) is one everywhere.
    let classifier = RunClassifier(traits: traits)
    var organisations = companies
    for span in spans where span.type == .organisation {
      organisations.insert(classifier.key(span.name))
    }
    var result: [Span] = []
    result.reserveCapacity(spans.count + loose.count)
    for var span in spans {
      if span.name.count == 1 && span.type != .person && isPerson(span.name.lowerBound, people) {
        span.type = .person
      } else if span.type == .geopolitical && organisations.contains(classifier.key(span.name))
        && !SportsContext(traits: traits).isDateline(span.name)
      {
        span.type = .organisation
      }
      result.append(span)
    }
    var added = false
    for k in loose {
      let key = traits.bare(k)
      let keyFacts = traits.facts(at: k)
      var type: EntityType?
      if isPerson(k, people) {
        type = .person
      } else if givenNames.contains(key) && !keyFacts.isCommon {
        type = .person
      } else if companies.contains(key) {
        type = .organisation
      } else if keyFacts.isCommon && !traits.tokens[k].has(.allCaps) && !keyFacts.isMajorPlace
        && (traits.tokens[k].has(.sentenceInitial) || traits.tokens[k].has(.headlineCase))
      {
        // "Who knew?": an ordinary word where capitals say nothing is no listed name.
        type = nil
      } else if let known = singleTypes[key] {
        type = organisations.contains(key) && known == .geopolitical ? .organisation : known
      } else if keyFacts.isGroup {
        type = .group
      } else if keyFacts.isOrganisation {
        type = .organisation
      } else if keyFacts.isPlace && !keyFacts.contains(.ambiguousGiven) {
        type = .geopolitical
      }
      if let type {
        result.append(Span(name: k..<k + 1, type: type, title: nil))
        added = true
      }
    }
    if added { result.sort { $0.name.lowerBound < $1.name.lowerBound } }
    return result
  }

  /// The keys a person's later single-word mentions may use: the last name and, for
  /// "al-Assad", "Assad".
  func surnameKeys(_ name: Range<Int>) -> [String] {
    var end = name.upperBound
    while end - 1 > name.lowerBound, WordLists.nameSuffixes.contains(traits.bare(end - 1)) {
      end -= 1
    }
    let last = traits.bare(end - 1)
    var keys = [last]
    if let stripped = Propagation.withoutParticle(last) { keys.append(stripped) }
    // Family name first ("Wang Donghai" → "Wang"): a surname that is nobody's given name.
    let first = traits.bare(name.lowerBound)
    let firstFacts = traits.facts(at: name.lowerBound)
    if firstFacts.isSurname && !firstFacts.isGivenName
      && !firstFacts.isCommon && !traits.tokens[name.lowerBound].has(.initial)
    {
      keys.append(first)
    }
    return keys
  }

  /// "al-assad" → "assad"; nil when the key has no particle.
  static func withoutParticle(_ key: String) -> String? {
    // Every particle ends in a hyphen as the third or fourth byte.
    let bytes = key.utf8.prefix(4)
    guard bytes.count >= 3, bytes.dropFirst(2).contains(UInt8(ascii: "-")) else { return nil }
    for prefix in ["al-", "el-", "ad-", "as-", "an-", "ash-", "at-", "az-"]
    where key.hasPrefix(prefix) && key.count > prefix.count + 1 {
      return String(key.dropFirst(prefix.count))
    }
    return nil
  }

  private func isPerson(_ k: Int, _ people: Set<String>) -> Bool {
    let key = traits.bare(k)
    if people.contains(key) { return true }
    return Propagation.withoutParticle(key).map(people.contains) ?? false
  }

  /// Nouns that, right after a name (with one modifier between at most), show a company.
  static let companyNouns: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "ceo", "cfo",
    "executive", "executives", "director", "manager", "official", "officials", "shares",
    "shareholders", "stock", "board", "unit", "subsidiary", "employees", "headquarters", "plant",
    "factory", "division", "brand", "products", "profit", "profits", "revenue", "sales",
  ]

  /// An unknown word that no list knows, right before a company noun, possibly after one
  /// modifier ("Petofi general manager").
  private func hasOrganisationContext(_ k: Int) -> Bool {
    let tokens = traits.tokens
    let keyFacts = traits.facts(at: k)
    guard !keyFacts.isKnownName, !keyFacts.isCommon else { return false }
    var next = k + 1
    if next < tokens.count, WordLists.roleModifiers.contains(tokens[next].key) { next += 1 }
    return next < tokens.count && tokens[next].sentence == tokens[k].sentence
      && !tokens[next].has(.capitalised) && Propagation.companyNouns.contains(tokens[next].key)
  }

  /// An unknown word right before a verb of saying ("Obama told"), right after a lower-case
  /// role noun ("spokesman Cook") or set off after one ("his wife, Adunni,"), that no list types
  /// as something else.
  private func hasPersonContext(_ k: Int) -> Bool {
    let tokens = traits.tokens
    let keyFacts = traits.facts(at: k)
    if keyFacts.isCommon && !keyFacts.isSurname { return false }
    if keyFacts.isCommon && tokens[k].has(.sentenceInitial) { return false }
    if keyFacts.isGroup || keyFacts.isOrganisation || keyFacts.isLocation
      || keyFacts.isMajorPlace || (keyFacts.isPlace && !keyFacts.isSurname)
      || tokens[k].has(.allCaps)
    {
      return false
    }
    let sentence = tokens[k].sentence
    if k + 1 < tokens.count, tokens[k + 1].sentence == sentence,
      WordLists.personVerbs.contains(tokens[k + 1].key)
    {
      return true
    }
    if k > 0, tokens[k - 1].sentence == sentence, !tokens[k - 1].has(.capitalised),
      WordLists.roleNouns.contains(tokens[k - 1].key), !keyFacts.isPlace
    {
      return true
    }
    // "his wife, Adunni,": a role noun and a comma before, a comma or the end after.
    if k > 1, tokens[k - 1].key == ",", tokens[k - 2].sentence == sentence,
      !tokens[k - 2].has(.capitalised), WordLists.roleNouns.contains(tokens[k - 2].key),
      k + 1 >= tokens.count || [",", ".", ";"].contains(tokens[k + 1].key), !keyFacts.isPlace
    {
      return true
    }
    return false
  }
}
