/// Resolves source phrases to speakers in text order with O(1) registers: the last person and
/// organisation speakers, the last person mention of each gender, and nominal speakers by head.
///
/// Rules, most precise first: a named entity in the phrase (not a possessive, not after a
/// preposition, not modifying a noun); a person in an appositive; he/she → the last speaker of
/// that gender, else the nearest compatible person; a definite role noun → the person whose role
/// matches; a document → the organisation that spoke last; else the description itself.
struct SpeakerSieve {
  let document: Document
  var index: EntityIndex

  private var cursor = 0
  private var lastPersonMention: [Gender: (entity: Int, sentence: Int)] = [:]
  private var lastOrganisationMention: (entity: Int, sentence: Int)?
  private var lastMentionOfEntity: [Int: Int] = [:]
  private var lastPersonSpeaker: (speaker: Speaker, gender: Gender, sentence: Int)?
  private var lastOrganisationSpeaker: Speaker?
  /// The last organisation or group of people that spoke ("officials", "analysts"), for "they".
  private var lastGroupSpeaker: Speaker?
  private var nominalSpeakers: [String: Speaker] = [:]

  init(document: Document, index: EntityIndex) {
    self.document = document
    self.index = index
  }

  private var tokens: [Token] { document.tokens }

  /// The speaker a phrase names, read at token `position` (the cue).
  mutating func resolve(_ phrase: SourcePhrase, at position: Int, layout: QuoteLayout) -> Speaker? {
    advance(to: phrase.tokens.lowerBound, layout: layout)
    let sentence = tokens[position].sentence
    let speaker: Speaker?
    switch phrase.kind {
    case .pronoun:
      speaker = pronoun(phrase.tokens.lowerBound, sentence: sentence)
    case .relative:
      speaker = nil
    case .phrase:
      speaker =
        named(in: phrase.tokens)
        ?? phrase.appositive.flatMap { named(in: $0, personOnly: !namesOrganisation(phrase)) }
        ?? phrase.appositive.flatMap { unknownOrganisation($0, describedBy: phrase) }
        ?? nominal(phrase.tokens, sentence: sentence)
    }
    if let speaker { remember(speaker, sentence: sentence) }
    return speaker
  }

  /// Records a speaker given by carry-over or by another rule, so later pronouns see it.
  mutating func remember(_ speaker: Speaker, sentence: Int) {
    if speaker.type == .person {
      let gender =
        speaker.entity.flatMap { index.byID[$0] }.map { index.genders[$0] } ?? .unknown
      lastPersonSpeaker = (speaker, gender, sentence)
    } else {
      lastOrganisationSpeaker = speaker
    }
    if speaker.type != .person || speaker.entity == nil && SpeakerSieve.endsInPlural(speaker.name) {
      lastGroupSpeaker = speaker
    }
  }

  /// Whether the last space-separated word of a name is a plural ("officials", "people").
  private static func endsInPlural(_ name: String) -> Bool {
    let lastWord = name.split(separator: " ").last.map { $0.lowercased() } ?? ""
    return lastWord == "people" || lastWord.hasSuffix("s") && !lastWord.hasSuffix("ss")
  }

  // MARK: - Named sources

  /// The first entity in `range` that heads the phrase.
  private func named(in range: Range<Int>, personOnly: Bool = false) -> Speaker? {
    var best: (entity: Int, tokens: Range<Int>)?
    var token = range.lowerBound
    while token < range.upperBound {
      let entity = index.entityOfToken[token]
      guard entity >= 0 else {
        token += 1
        continue
      }
      var end = token + 1
      while end < range.upperBound, index.entityOfToken[end] == entity { end += 1 }
      if isHead(token..<end, in: range) {
        let type = index.entities[entity].type
        if type == .person {
          return speaker(entity: entity, tokens: token..<end)
        }
        if best == nil, !personOnly, type != .geopolitical || end == range.upperBound {
          best = (entity, token..<end)
        }
      }
      token = end
    }
    if let best { return speaker(entity: best.entity, tokens: best.tokens) }
    return nil
  }

  /// Whether a phrase's head noun names an organisation ("the utility", "the company").
  private func namesOrganisation(_ phrase: SourcePhrase) -> Bool {
    let head = headPart(of: phrase.tokens)
    guard let last = head.last(where: { tokens[$0].kind == .word }) else { return false }
    return QuoteWords.organisations.contains(singular(tokens[last].key))
  }

  /// `The utility, Northern Grid, said`: a capitalised appositive the entity layer did not know,
  /// naming an organisation noun.
  private func unknownOrganisation(_ range: Range<Int>, describedBy phrase: SourcePhrase)
    -> Speaker?
  {
    guard namesOrganisation(phrase), range.allSatisfy({ tokens[$0].has(.capitalised) }) else {
      return nil
    }
    return Speaker(
      name: document.string(tokens: range), type: .organisation, role: nil, entity: nil,
      mention: mention(range))
  }

  /// A name heads its phrase unless it is possessive, follows a preposition or modifies a noun.
  private func isHead(_ name: Range<Int>, in phrase: Range<Int>) -> Bool {
    if name.upperBound < phrase.upperBound {
      let next = tokens[name.upperBound]
      if next.kind == .possessive { return false }
      if next.kind == .word, !next.has(.capitalised), !QuoteWords.prepositions.contains(next.key) {
        return false
      }
    }
    if name.lowerBound > phrase.lowerBound {
      let previous = tokens[name.lowerBound - 1]
      if QuoteWords.prepositions.contains(previous.key), !previous.has(.capitalised) {
        return false
      }
    }
    return true
  }

  private func speaker(entity: Int, tokens range: Range<Int>) -> Speaker {
    let entity = index.entities[entity]
    return Speaker(
      name: entity.name, type: entity.type, role: entity.role, entity: entity.id,
      mention: mention(range))
  }

  // MARK: - Pronouns

  private mutating func pronoun(_ token: Int, sentence: Int) -> Speaker? {
    let key = tokens[token].key
    let gender: Gender = key == "he" ? .male : key == "she" ? .female : .unknown
    guard key == "he" || key == "she" || key == "i" else {
      let group = key == "it" ? lastOrganisationSpeaker : lastGroupSpeaker
      return group.map { relabel($0, mention: token..<token + 1) }
    }
    let recentSpeaker = lastPersonSpeaker.flatMap { last in
      compatible(last.gender, gender) && sentence - last.sentence <= 6 ? last.speaker : nil
    }
    if let recentSpeaker { return relabel(recentSpeaker, mention: token..<token + 1) }
    let mentions = [lastPersonMention[gender], lastPersonMention[.unknown]].compactMap { $0 }
    if let nearest = mentions.max(by: { $0.sentence < $1.sentence }) {
      if index.genders[nearest.entity] == .unknown {
        index.genders[nearest.entity] = gender
      }
      return speaker(entity: nearest.entity, tokens: token..<token + 1)
    }
    if let last = lastPersonSpeaker, compatible(last.gender, gender) {
      return relabel(last.speaker, mention: token..<token + 1)
    }
    return nil
  }

  private func compatible(_ known: Gender, _ wanted: Gender) -> Bool {
    known == .unknown || wanted == .unknown || known == wanted
  }

  // MARK: - Nominal sources

  /// A noun phrase: a document → its issuer; a definite role or organisation noun → the
  /// matching entity; otherwise the description itself.
  private func nominal(_ range: Range<Int>, sentence: Int) -> Speaker? {
    let headRange = headPart(of: range)
    guard let headToken = headRange.last(where: { tokens[$0].kind == .word }) else { return nil }
    let head = singular(tokens[headToken].key)
    let first = tokens[range.lowerBound].key
    let definite = ["the", "this", "that"].contains(first)
    if QuoteWords.documents.contains(head) {
      if let issuer = lastOrganisationSpeaker
        ?? lastOrganisationMention.map({
          speaker(entity: $0.entity, tokens: range)
        })
      {
        return relabel(issuer, mention: range)
      }
    } else if QuoteWords.organisations.contains(head) {
      if definite, let organisation = matchingOrganisation(head) {
        return speaker(entity: organisation, tokens: range)
      }
    } else if definite {
      if let last = lastPersonSpeaker?.speaker,
        last.role?.lowercased().contains(head) == true
          || last.entity == nil
            && last.name.lowercased().contains(head)
      {
        return relabel(last, mention: range)
      }
      if let person = matchingRole(head) { return speaker(entity: person, tokens: range) }
      if let earlier = nominalSpeakers[head] { return relabel(earlier, mention: range) }
    }
    if let name = trailingName(headRange) {
      let type: EntityType = QuoteWords.organisations.contains(head) ? .organisation : .person
      return Speaker(
        name: document.string(tokens: name), type: type, role: nil, entity: nil,
        mention: mention(name))
    }
    let type: EntityType =
      QuoteWords.organisations.contains(head) || QuoteWords.documents.contains(head)
      ? .organisation : .person
    return Speaker(
      name: description(range), type: type, role: nil, entity: nil, mention: mention(range))
  }

  /// A name the entity layer did not know: the capitalised run that ends the head part
  /// ("White House spokesman Jane Roe" → "Jane Roe"), without a leading determiner.
  private func trailingName(_ range: Range<Int>) -> Range<Int>? {
    var start = range.upperBound
    while start > range.lowerBound,
      tokens[start - 1].has(.capitalised)
        || tokens[start - 1].key == "of" && start - 1 > range.lowerBound
          && tokens[start - 2].has(.capitalised)
    {
      start -= 1
    }
    while start + 1 < range.upperBound,
      ["the", "a", "an"].contains(tokens[start].key)
        || QuoteWords.titles.contains(tokens[start].key)
    {
      start += 1
    }
    guard start < range.upperBound, tokens[start].has(.capitalised) else { return nil }
    let lone = start + 1 == range.upperBound && tokens[start].has(.sentenceInitial)
    return lone ? nil : start..<range.upperBound
  }

  /// The phrase up to its first preposition that is not inside a capitalised name.
  private func headPart(of range: Range<Int>) -> Range<Int> {
    for token in range.dropFirst()
    where QuoteWords.prepositions.contains(tokens[token].key) && !tokens[token].has(.capitalised) {
      let nameAround =
        tokens[token].key == "of" && tokens[token - 1].has(.capitalised)
        && token + 1 < range.upperBound
        && tokens[token + 1].has(.capitalised)
      if !nameAround { return range.lowerBound..<token }
    }
    return range
  }

  private func matchingOrganisation(_ head: String) -> Int? {
    if let last = lastOrganisationMention,
      index.entities[last.entity].name.lowercased().contains(head)
    {
      return last.entity
    }
    return lastMentionOfEntity.filter {
      index.entities[$0.key].type != .person
        && index.entities[$0.key].name.lowercased().contains(head)
    }.max { $0.value < $1.value }?.key
  }

  /// The most recently mentioned person whose role holds `head`.
  private func matchingRole(_ head: String) -> Int? {
    (index.byRoleWord[head] ?? []).compactMap { entity in
      lastMentionOfEntity[entity].map { (entity, $0) }
    }.max { $0.1 < $1.1 }?.0
  }

  private func singular(_ key: String) -> String {
    if key.hasSuffix("ies") { return String(key.dropLast(3)) + "y" }
    if key.hasSuffix("s"), !key.hasSuffix("ss"), key.count > 3 { return String(key.dropLast()) }
    return key
  }

  /// A description without its leading article ("a senior official" → "senior official").
  private func description(_ range: Range<Int>) -> String {
    var start = range.lowerBound
    if ["the", "a", "an"].contains(tokens[start].key), start + 1 < range.upperBound { start += 1 }
    return document.string(tokens: start..<range.upperBound)
  }

  // MARK: - Registers

  /// Moves the mention registers forward to `position` (never backwards).
  private mutating func advance(to position: Int, layout: QuoteLayout) {
    while cursor < min(position, tokens.count) {
      let entity = index.entityOfToken[cursor]
      if entity >= 0, layout.isOutside(cursor) {
        let sentence = tokens[cursor].sentence
        lastMentionOfEntity[entity] = cursor
        if index.entities[entity].type == .person {
          lastPersonMention[index.genders[entity]] = (entity, sentence)
        } else if index.entities[entity].type == .organisation {
          lastOrganisationMention = (entity, sentence)
        }
      }
      cursor += 1
    }
  }

  private func relabel(_ speaker: Speaker, mention range: Range<Int>) -> Speaker {
    var copy = speaker
    copy.mention = mention(range)
    return copy
  }

  private func mention(_ range: Range<Int>) -> Mention {
    let start = tokens[range.lowerBound].start
    let end = tokens[range.upperBound - 1].end
    return Mention(start: start, end: end, text: document.string(start..<end))
  }
}
