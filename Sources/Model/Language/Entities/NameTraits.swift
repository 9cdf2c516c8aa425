/// Lexical facts about the tokens of one document that the entity rules ask again and again.
struct NameTraits {
  let document: Document
  let lexicon: Lexicon
  /// The document's tokens, held directly for fast access.
  let tokens: [Token]
  /// `isNameLike` of every token, computed once.
  private(set) var nameLike: [Bool] = []
  /// What the lexicons say about the bare key of each capitalised word, looked up once (nil for
  /// other tokens, which are looked up when asked).
  private(set) var wordFacts: [WordFacts?] = []

  init(document: Document, lexicon: Lexicon) {
    self.document = document
    self.lexicon = lexicon
    self.tokens = document.tokens
    var wordFacts = [WordFacts?](repeating: nil, count: document.tokens.count)
    for k in wordFacts.indices where computeCapitalised(k) {
      wordFacts[k] = lexicon.facts(bare(k))
    }
    self.wordFacts = wordFacts
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
    let dropped = key.utf8.dropLast()
    return dropped.contains(UInt8(ascii: ".")) ? key : String(decoding: dropped, as: UTF8.self)
  }

  func facts(_ key: String) -> WordFacts { lexicon.facts(key) }

  /// What the lexicons say about token `k`'s bare key.
  func facts(at k: Int) -> WordFacts { wordFacts[k] ?? facts(bare(k)) }

  func isCommon(_ key: String) -> Bool { facts(key).isCommon }

  /// A title word ("President", "Gen.") or a hyphenated one ("Secretary-General").
  func isTitle(_ k: Int) -> Bool {
    let key = bare(k)
    if WordLists.personTitles.contains(key) { return true }
    guard tokens[k].has(.hyphenated), let head = key.split(separator: "-").first else {
      return false
    }
    return WordLists.personTitles.contains(String(head))
  }

  /// A capitalised word, or a name with a lower-case particle ("al-Assad", "d'Estaing").
  func isCapitalised(_ k: Int) -> Bool { wordFacts[k] != nil }

  /// `isCapitalised` before the facts are looked up (exactly those tokens get facts).
  private func computeCapitalised(_ k: Int) -> Bool {
    guard tokens[k].kind == .word else { return false }
    if tokens[k].has(.capitalised) { return true }
    // Only a lower-case particle joined by a hyphen or apostrophe can start a name.
    let start = tokens[k].start
    let end = tokens[k].end
    var joined = false
    for offset in start + 1..<min(start + 5, end) {
      let c = document.scalars[offset]
      if ScalarClass.isHyphen(c) || ScalarClass.isApostrophe(c) { joined = true }
    }
    guard joined else { return false }
    let token = tokens[k]
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
    // Exactly the capitalised words have their facts looked up.
    guard wordFacts[k] != nil else { return false }
    let token = tokens[k]
    let key = bare(k)
    let keyFacts = facts(at: k)
    if WordLists.nonNames.contains(key) {
      // "Theresa May": a calendar word may end a name that starts with a given name.
      return k > 0 && tokens[k - 1].sentence == token.sentence && facts(at: k - 1).isClearGivenName
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
    if token.has(.headlineCase) || token.has(.sentenceInitial), keyFacts.isCommon,
      !keyFacts.isKnownName,
      !isTitle(k), startsKnownPhrase(k)
    {
      return true
    }
    if isContraction(key) { return false }
    if token.has(.headlineCase) || token.has(.sentenceInitial) {
      if keyFacts.isCommon && !keyFacts.isKnownName && !isTitle(k) { return false }
      // In a headline an ordinary word that is only a surname is the word ("Hammers", "Show").
      if token.has(.headlineCase) && keyFacts.isCommon
        && keyFacts.isDisjoint(with: [
          .given, .place, .placeAlias, .demonym, .group, .organisation, .location,
        ]) && !isTitle(k)
      {
        return false
      }
      if token.has(.sentenceInitial) && keyFacts.isCommon && !token.has(.headlineCase)
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
    // Every such ending holds an apostrophe (keys fold them all to ASCII).
    guard key.utf8.contains(UInt8(ascii: "'")) else { return false }
    return key.hasSuffix("n't") || key.hasSuffix("'ll") || key.hasSuffix("'re")
      || key.hasSuffix("'ve")
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
      let phraseFacts = facts(phrase)
      if phraseFacts.isPlace || phraseFacts.isLocation || phraseFacts.isOrganisation { return true }
      j += 1
    }
    return false
  }
}
