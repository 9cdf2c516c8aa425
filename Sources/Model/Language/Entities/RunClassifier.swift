/// Types a run of capitalised tokens: whole-phrase lists first, then organisation and place
/// heads, then titles in front of a person's name, groups, person name shapes and places.
///
/// Runs are at most `MentionFinder.maximumRun` tokens long, so each call is bounded.
struct RunClassifier {
  let traits: NameTraits

  /// The spans of `run`, and the single tokens left untyped (candidates for propagation).
  func classify(_ run: Range<Int>, spans: inout [Span], loose: inout [Int]) {
    guard !run.isEmpty else { return }
    let n = run.count
    // A single token's facts are already looked up under its bare key, which is the phrase.
    let phraseFacts = n == 1 ? traits.facts(at: run.lowerBound) : traits.facts(key(run))
    if var type = listedType(run, phraseFacts), n >= 2 || type != .geopolitical {
      if type == .geopolitical && SportsContext(traits: traits).isTeam(run) { type = .organisation }
      spans.append(Span(name: run, type: type, title: nil))
      return
    }
    if n >= 2, isOrganisationShape(run) {
      spans.append(Span(name: run, type: .organisation, title: nil))
      return
    }
    if n >= 2, isLocationShape(run) {
      spans.append(Span(name: run, type: .location, title: nil))
      return
    }
    if let split = titleSplit(run) {
      if let first = firstTitle(run), first > run.lowerBound {
        classify(run.lowerBound..<first, spans: &spans, loose: &loose)
      }
      if let name = split.name {
        spans.append(Span(name: name, type: .person, title: run.lowerBound..<name.lowerBound))
      } else if n == 1 {
        // "King" alone may still be the surname of a person named in full elsewhere.
        loose.append(run.lowerBound)
      }
      return
    }
    let prefix = n >= 2 ? knownPrefix(run) : nil
    if let prefix, prefix - run.lowerBound >= 2 {
      // "Washington Post Trump": a known phrase of several words first.
      classify(run.lowerBound..<prefix, spans: &spans, loose: &loose)
      classify(prefix..<run.upperBound, spans: &spans, loose: &loose)
      return
    }
    let openerFacts = traits.facts(at: run.lowerBound)
    if n >= 3, traits.tokens[run.lowerBound].has(.sentenceInitial) || openerFacts.isCommon,
      !openerFacts.isKnownName, traits.facts(at: run.lowerBound + 1).isClearGivenName,
      looksLikePerson(run.dropFirst())
    {
      // "Fullback Andre Joubert", "Miss Universe Alicia Machado": a word in front of a name.
      loose.append(run.lowerBound)
      spans.append(Span(name: run.dropFirst(), type: .person, title: nil))
      return
    }
    if n >= 2, looksLikePerson(run) {
      spans.append(Span(name: run, type: .person, title: nil))
      return
    }
    if n >= 3, startsName(run.lowerBound), let end = personEnd(run) {
      // "Steve Harvey Morning Show", "Donald Trump Is Right": a name, then other words.
      spans.append(Span(name: run.lowerBound..<end, type: .person, title: nil))
      classify(end..<run.upperBound, spans: &spans, loose: &loose)
      return
    }
    if let prefix {
      classify(run.lowerBound..<prefix, spans: &spans, loose: &loose)
      classify(prefix..<run.upperBound, spans: &spans, loose: &loose)
      return
    }
    if n == 1 {
      classifySingle(run.lowerBound, spans: &spans, loose: &loose)
      return
    }
    if n >= 2, traits.facts(at: run.lowerBound).isGroup {
      spans.append(Span(name: run.lowerBound..<run.lowerBound + 1, type: .group, title: nil))
      classify(run.lowerBound + 1..<run.upperBound, spans: &spans, loose: &loose)
      return
    }
    for k in run where traits.tokens[k].kind == .word { loose.append(k) }
  }

  /// The lower-case phrase of a token range, words joined by single spaces.
  func key(_ range: Range<Int>) -> String {
    var result = ""
    for k in range {
      if !result.isEmpty { result += " " }
      result += traits.bare(k)
    }
    return result
  }

  /// The type the lists give a whole run; a listed name that is an ordinary word ("Who",
  /// "Shell") counts at a sentence start or in a headline only in capitals.
  private func listedType(_ run: Range<Int>, _ phraseFacts: WordFacts) -> EntityType? {
    let first = traits.tokens[run.lowerBound]
    if run.count == 1, phraseFacts.isCommon, !first.has(.allCaps),
      first.has(.sentenceInitial) || first.has(.headlineCase)
    {
      return nil
    }
    return phraseType(phraseFacts)
  }

  /// A phrase the lists know as a whole.
  private func phraseType(_ phraseFacts: WordFacts) -> EntityType? {
    if phraseFacts.isLocation { return .location }
    if phraseFacts.isOrganisation { return .organisation }
    if phraseFacts.isPlace { return .geopolitical }
    return nil
  }

  /// Ends with an organisation head or legal form, or "<head> of …" ("Bank of England").
  private func isOrganisationShape(_ run: Range<Int>) -> Bool {
    let last = traits.bare(run.upperBound - 1)
    let lastFacts = traits.facts(at: run.upperBound - 1)
    let head =
      WordLists.organisationHeads.contains(last) || lastFacts.contains(.legalForm)
    if head { return !isGivenAndSurname(run) }
    // "Johnson & Johnson", "Ernst & Young"
    if run.contains(where: { traits.tokens[$0].key == "&" }) { return true }
    for k in run.dropFirst() where traits.tokens[k].key == "of" {
      return WordLists.organisationHeads.contains(traits.bare(k - 1))
    }
    return false
  }

  /// Ends with a place head ("Vnukovo Airport") or starts with "Mount", "Lake", "Gulf of".
  private func isLocationShape(_ run: Range<Int>) -> Bool {
    let last = traits.bare(run.upperBound - 1)
    if WordLists.locationHeads.contains(last) { return !isGivenAndSurname(run) }
    return WordLists.locationPrefixes.contains(traits.bare(run.lowerBound))
  }

  /// "Susan Park", "John Post": a clear given name and a surname that is also a head noun.
  private func isGivenAndSurname(_ run: Range<Int>) -> Bool {
    run.count == 2 && traits.facts(at: run.lowerBound).isClearGivenName
      && traits.facts(at: run.upperBound - 1).isSurname
  }

  private func firstTitle(_ run: Range<Int>) -> Int? {
    run.first { traits.isTitle($0) }
  }

  /// The person after the last title word of the run ("Secretary of State | John Kerry"). A title
  /// with nothing after it splits too, with no name ("Foreign Minister").
  private func titleSplit(_ run: Range<Int>) -> (title: Range<Int>, name: Range<Int>?)? {
    // A title word right after a given name is part of the name ("Hassan Sheikh Mohamud").
    // Not so when a full name follows ("Charlotte Mayor Jennifer Roberts").
    let isNameTitle = { (k: Int) in
      guard traits.isTitle(k) else { return false }
      let afterGiven =
        k > run.lowerBound && !traits.isTitle(k - 1)
        && traits.facts(at: k - 1).isClearGivenName && !traits.facts(at: k - 1).isGroup
      let nameFollows =
        k + 2 < run.upperBound && traits.facts(at: k + 1).isClearGivenName
      return !afterGiven || nameFollows
    }
    guard let t = run.last(where: isNameTitle) else { return nil }
    var start = t + 1
    if start < run.upperBound, traits.tokens[start].key == "of" {
      // "Secretary of State John Kerry", "Secretary of Homeland Security Jeh Johnson"
      start += 1
      if start < run.upperBound, traits.tokens[start].key == "the" { start += 1 }
      start += 1
      while run.upperBound - start >= 3 && !startsName(start) { start += 1 }
    }
    let name = start < run.upperBound ? start..<run.upperBound : nil
    guard let name else {
      // "John Major", "Martin Luther King": a title word that ends a name is a surname.
      let surname =
        t > run.lowerBound && traits.facts(at: run.lowerBound).isClearGivenName
        && traits.facts(at: t).isSurname
      return surname ? nil : (run.lowerBound..<run.upperBound, nil)
    }
    return isPlausiblePerson(name) ? (run.lowerBound..<name.lowerBound, name) : nil
  }

  /// The end of the longest name (two to four words) that opens the run, if any.
  private func personEnd(_ run: Range<Int>) -> Int? {
    var end = min(run.upperBound - 1, run.lowerBound + 4)
    while end >= run.lowerBound + 2 {
      if looksLikePerson(run.lowerBound..<end) { return end }
      end -= 1
    }
    return nil
  }

  /// Token `k` opens a person's name: an initial or a clear given name.
  private func startsName(_ k: Int) -> Bool {
    traits.tokens[k].has(.initial) || traits.facts(at: k).isClearGivenName
  }

  /// A name after a title: no list says it is something else, and not a common word alone.
  func isPlausiblePerson(_ name: Range<Int>) -> Bool {
    guard name.count <= 5 else { return false }
    for k in name {
      let key = traits.bare(k)
      if key == "of" || WordLists.organisationHeads.contains(key) { return false }
    }
    if name.count == 1 {
      let keyFacts = traits.facts(at: name.lowerBound)
      if traits.tokens[name.lowerBound].has(.allCaps) && !keyFacts.isSurname {
        return false
      }
      return !keyFacts.isCommon || keyFacts.isSurname
    }
    return phraseType(traits.facts(key(name))) == nil
  }

  /// Two to four tokens shaped like a name: a given name or initial first, a surname last, or
  /// words no list knows.
  private func looksLikePerson(_ run: Range<Int>) -> Bool {
    guard run.count <= 4 else { return false }
    let tokens = traits.tokens
    let firstFacts = traits.facts(at: run.lowerBound)
    let lastIndex = nameEnd(run) - 1
    guard lastIndex > run.lowerBound, !tokens[lastIndex].key.isEmpty,
      !WordLists.nameConnectors.contains(tokens[lastIndex].key)
        || tokens[lastIndex].has(.capitalised)
    else { return false }
    let lastFacts = traits.facts(at: lastIndex)
    let headline = tokens[lastIndex].has(.headlineCase)
    // In headlines and capitals an ordinary word is no name even when it is a surname too.
    let lastIsName =
      !lastFacts.isCommon
      || (!headline
        && (lastFacts.isSurname || lastFacts.isGivenName))
    if tokens[lastIndex].has(.allCaps) && !headline { return false }
    if lastFacts.isGroup { return false }
    if run.count >= 3 && !hasOnlyNameWordsAfterFirst(run.lowerBound..<lastIndex + 1) {
      return false
    }
    if tokens[run.lowerBound].has(.initial) && lastFacts.isMajorPlace { return false }
    if tokens[run.lowerBound].has(.initial) || firstFacts.isClearGivenName {
      // "Anthony Washington", "Donald Trump": after a given name, outside headlines, a
      // capitalised place or ordinary word is a surname.
      return lastIsName || !headline
    }
    if lastFacts.isMajorPlace
      || (lastFacts.isPlace && !lastFacts.isSurname)
    {
      return isFamilyNameFirst(run, last: lastFacts)
    }
    if firstFacts.isGivenName && ((lastFacts.isSurname && lastIsName) || !headline) {
      return true
    }
    if firstFacts.isPlace || firstFacts.isGroup || firstFacts.isOrganisation {
      return false
    }
    let surnameLast = lastFacts.isSurname && !lastFacts.isCommon
    if surnameLast && !firstFacts.isCommon { return true }
    if isFamilyNameFirst(run, last: lastFacts) { return true }
    // Names no list holds ("Mouaz Alkhatib"): no word of the run is an ordinary word or known.
    for k in run {
      let key = traits.bare(k)
      let keyFacts = traits.facts(at: k)
      if keyFacts.isCommon || keyFacts.isPlace || keyFacts.isGroup
        || tokens[k].has(.allCaps) || key == "of" || key == "&"
      {
        return false
      }
    }
    return true
  }

  /// No word after the first is an ordinary word that is no given name or surname ("Steve
  /// Harvey Morning Show"), except a last word after an initial ("Donald J. Trump").
  private func hasOnlyNameWordsAfterFirst(_ name: Range<Int>) -> Bool {
    for k in name.dropFirst() {
      let facts = traits.facts(at: k)
      let token = traits.tokens[k]
      let particle = WordLists.nameConnectors.contains(token.key) && !token.has(.capitalised)
      let ordinary =
        facts.contains(.common) && facts.isDisjoint(with: [.given, .surname])
        && !token.has(.initial) && !particle
      // "Donald J. Trump", "Osama bin Laden": a last word after an initial or a particle.
      let previous = traits.tokens[k - 1]
      let afterJoin =
        previous.has(.initial)
        || (WordLists.nameConnectors.contains(previous.key) && !previous.has(.capitalised))
      if ordinary && !(k == name.upperBound - 1 && afterJoin) {
        return false
      }
    }
    return true
  }

  /// Family name first ("Wang Donghai", "Nguyen Thi Lan"): a surname that is no ordinary word or
  /// place, then words that are no ordinary words or countries.
  private func isFamilyNameFirst(_ run: Range<Int>, last lastFacts: WordFacts) -> Bool {
    let firstFacts = traits.facts(at: run.lowerBound)
    return firstFacts.isSurname && !firstFacts.isCommon
      && !firstFacts.isPlace && !lastFacts.isCommon && !lastFacts.isMajorPlace
  }

  /// The run without trailing name suffixes ("Jr.", "III").
  private func nameEnd(_ run: Range<Int>) -> Int {
    var end = run.upperBound
    while end - 1 > run.lowerBound, WordLists.nameSuffixes.contains(traits.bare(end - 1)) {
      end -= 1
    }
    return end
  }

  /// The end of the longest leading place, region, group or organisation of the run (up to four
  /// tokens), when something follows it.
  private func knownPrefix(_ run: Range<Int>) -> Int? {
    var end = min(run.upperBound - 1, run.lowerBound + 4)
    while end > run.lowerBound {
      let phrase = key(run.lowerBound..<end)
      let phraseFacts = traits.facts(phrase)
      if phraseType(phraseFacts) != nil || (end == run.lowerBound + 1 && phraseFacts.isGroup) {
        return end
      }
      end -= 1
    }
    return nil
  }

  /// One capitalised token: a group, an acronym organisation, a place — or left for later.
  private func classifySingle(_ k: Int, spans: inout [Span], loose: inout [Int]) {
    let token = traits.tokens[k]
    let key = traits.bare(k)
    let keyFacts = traits.facts(at: k)
    if keyFacts.isGroup {
      spans.append(Span(name: k..<k + 1, type: .group, title: nil))
    } else if keyFacts.isPlace && !(keyFacts.isCommon && token.has(.sentenceInitial))
      && !(keyFacts.isSurname && !keyFacts.isMajorPlace
        && isBeforePersonCue(k))
    {
      let type: EntityType =
        SportsContext(traits: traits).isTeam(k..<k + 1) ? .organisation : .geopolitical
      spans.append(Span(name: k..<k + 1, type: type, title: nil))
    } else if token.has(.allCaps) && !token.has(.headlineCase) && !keyFacts.isCommon
      && (2...5).contains(token.end - token.start) && !WordLists.nonNames.contains(key)
    {
      spans.append(Span(name: k..<k + 1, type: .organisation, title: nil))
    } else {
      loose.append(k)
    }
  }

  /// The next token is a verb of saying or doing ("told", "said") or a person's following
  /// ("administration", "aides").
  private func isBeforePersonCue(_ k: Int) -> Bool {
    let tokens = traits.tokens
    return k + 1 < tokens.count && tokens[k + 1].sentence == tokens[k].sentence
      && WordLists.personVerbs.contains(tokens[k + 1].key)
  }
}
