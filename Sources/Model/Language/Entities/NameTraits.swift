/// Lexical facts about the tokens of one document that the entity rules ask again and again.
struct NameTraits {
  let document: Document
  let lexicon: Lexicon
  /// The document's tokens, held directly for fast access.
  let tokens: [Token]
  /// `isNameLike` of every token, computed once.
  private(set) var nameLike: [Bool] = []

  init(document: Document, lexicon: Lexicon) {
    self.document = document
    self.lexicon = lexicon
    self.tokens = document.tokens
    var nameLike = [Bool](repeating: false, count: document.tokens.count)
    for k in nameLike.indices where document.tokens[k].kind == .word {
      nameLike[k] = computeNameLike(k)
    }
    self.nameLike = nameLike
  }

  /// The token's key without an abbreviation's final period ("gen." → "gen"; "u.s." stays).
  func bare(_ k: Int) -> String {
    let key = tokens[k].key
    guard tokens[k].has(.abbreviation), key.hasSuffix(".") else { return key }
    let dropped = key.dropLast()
    return dropped.contains(".") ? key : String(dropped)
  }

  func facts(_ key: String) -> WordFacts { lexicon.facts(key) }

  func isCommon(_ key: String) -> Bool { facts(key).contains(.common) }

  func isSurname(_ key: String) -> Bool { facts(key).contains(.surname) }

  func isGivenName(_ key: String) -> Bool { facts(key).contains(.given) }

  func isPlace(_ key: String) -> Bool { !facts(key).isDisjoint(with: [.place, .placeAlias]) }

  /// A country, territory, capital, US state or listed region: never a person's name in running
  /// text.
  func isMajorPlace(_ key: String) -> Bool {
    !facts(key).isDisjoint(with: [.majorPlace, .placeAlias, .location])
  }

  func isGroup(_ key: String) -> Bool { !facts(key).isDisjoint(with: [.demonym, .group]) }

  func isOrganisation(_ key: String) -> Bool { facts(key).contains(.organisation) }

  func isLocation(_ key: String) -> Bool { facts(key).contains(.location) }

  /// A title word ("President", "Gen.") or a hyphenated one ("Secretary-General").
  func isTitle(_ k: Int) -> Bool {
    let key = bare(k)
    if WordLists.personTitles.contains(key) { return true }
    guard tokens[k].has(.hyphenated), let head = key.split(separator: "-").first else {
      return false
    }
    return WordLists.personTitles.contains(String(head))
  }

  /// A given name that is not also a common word, a country or a group.
  func isClearGivenName(_ key: String) -> Bool {
    let facts = facts(key)
    return facts.contains(.given)
      && facts.isDisjoint(with: [
        .ambiguousGiven, .common, .majorPlace, .placeAlias, .location, .demonym, .group,
      ])
  }

  /// Any list names the word: a name, a place, a group or an organisation.
  func isKnownName(_ key: String) -> Bool {
    !facts(key).isDisjoint(with: [
      .given, .surname, .place, .placeAlias, .demonym, .group, .organisation, .location,
    ])
  }

  /// A capitalised word, or a name with a lower-case particle ("al-Assad", "d'Estaing").
  func isCapitalised(_ k: Int) -> Bool {
    let token = tokens[k]
    guard token.kind == .word else { return false }
    if token.has(.capitalised) { return true }
    // Only a lower-case particle joined by a hyphen or apostrophe can start a name.
    var joined = false
    for offset in token.start + 1..<min(token.start + 5, token.end) {
      let c = document.scalars[offset]
      if ScalarClass.isHyphen(c) || ScalarClass.isApostrophe(c) { joined = true }
    }
    guard joined else { return false }
    let key = token.key
    for prefix in WordLists.namePrefixes where key.hasPrefix(prefix) && key.count > prefix.count {
      let offset = token.start + prefix.unicodeScalars.count
      if offset < token.end, ScalarClass.isUpper(document.scalars[offset]) { return true }
    }
    return false
  }

  /// Whether a token can be part of a name: capitalised, and where capitals say little
  /// (sentence starts, headlines) also not an ordinary word unless a list knows it.
  func isNameLike(_ k: Int) -> Bool { nameLike[k] }

  private func computeNameLike(_ k: Int) -> Bool {
    guard isCapitalised(k) else { return false }
    let token = tokens[k]
    let key = bare(k)
    if WordLists.nonNames.contains(key) {
      // "Theresa May": a calendar word may end a name that starts with a given name.
      return k > 0 && tokens[k - 1].sentence == token.sentence && isClearGivenName(bare(k - 1))
        && tokens[k - 1].has(.capitalised) && !token.has(.sentenceInitial)
    }
    if token.key == "the" || token.key == "a" || token.key == "an" { return false }
    if token.has(.initial) { return true }
    if token.has(.hyphenated), let last = token.key.split(separator: "-").last, !last.isEmpty {
      // "Hong Kong-based", "Boston-listed": an adjective, not a name.
      if isCommon(String(last)) && !isCapitalisedPart(k, after: last.unicodeScalars.count) {
        return false
      }
    }
    if token.has(.headlineCase) || token.has(.sentenceInitial), isCommon(key), !isKnownName(key),
      !isTitle(k), startsKnownPhrase(k)
    {
      return true
    }
    if isContraction(key) { return false }
    if token.has(.headlineCase) || token.has(.sentenceInitial) {
      if isCommon(key) && !isKnownName(key) && !isTitle(k) { return false }
      // In a headline an ordinary word that is only a surname is the word ("Hammers", "Show").
      if token.has(.headlineCase) && isCommon(key)
        && facts(key).isDisjoint(with: [
          .given, .place, .placeAlias, .demonym, .group, .organisation, .location,
        ]) && !isTitle(k)
      {
        return false
      }
      if token.has(.sentenceInitial) && isCommon(key) && !token.has(.headlineCase)
        && !isTitle(k)
      {
        // "Earnest said", "Will Smith": a common word opening a sentence joins a name only when
        // another capitalised word follows; otherwise propagation may still claim it.
        return k + 1 < tokens.count && tokens[k + 1].sentence == token.sentence
          && tokens[k + 1].kind == .word && tokens[k + 1].has(.capitalised)
      }
    }
    return true
  }

  /// "won't", "isn't", "we'll": a verb form, never a name.
  private func isContraction(_ key: String) -> Bool {
    key.hasSuffix("n't") || key.hasSuffix("'ll") || key.hasSuffix("'re") || key.hasSuffix("'ve")
      || key.hasSuffix("'d") || key.hasSuffix("'m")
  }

  /// The last `length` scalars of a hyphenated token start with a capital ("Chester-le-Street").
  private func isCapitalisedPart(_ k: Int, after length: Int) -> Bool {
    let offset = tokens[k].end - length
    return offset >= tokens[k].start && ScalarClass.isUpper(document.scalars[offset])
  }

  /// Token `k` and the next one or two form a place, region or organisation the lists know
  /// ("NEW YORK", "South Africa" at a sentence start).
  func startsKnownPhrase(_ k: Int) -> Bool {
    var phrase = bare(k)
    var j = k + 1
    while j < tokens.count && j <= k + 2 && tokens[j].sentence == tokens[k].sentence
      && tokens[j].kind == .word && isCapitalised(j)
    {
      phrase += " " + bare(j)
      if isPlace(phrase) || isLocation(phrase) || isOrganisation(phrase) { return true }
      j += 1
    }
    return false
  }
}
