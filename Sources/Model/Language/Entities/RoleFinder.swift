/// Finds the role of one person mention: the title words before the name ("Russian Foreign
/// Minister", "former Pentagon chief", "White House spokesman") or an appositive after it
/// ("Martin Dempsey, chairman of the Joint Chiefs of Staff"), or a role phrase and a comma before
/// it ("His lawyer, Kevin Brandt"). The role never includes the name.
///
/// Every walk is capped (8 tokens back, 12 forward), so the cost per mention is constant.
struct RoleFinder {
  let traits: NameTraits

  /// The candidate roles of a mention, as token ranges, best first.
  func roles(of span: Span) -> [Range<Int>] {
    var result: [Range<Int>] = []
    if let before = premodifier(of: span) { result.append(before) }
    if let after = appositive(after: span.name.upperBound) { result.append(after) }
    if span.title == nil, let before = preposed(before: span.name.lowerBound) {
      result.append(before)
    }
    return result
  }

  /// "His daughter, Folake Bakare-Ojo", "Gauff's coach, Brad Gilbert": a role noun phrase and a
  /// comma right before the name, opening the sentence or after a possessive.
  private func preposed(before nameStart: Int) -> Range<Int>? {
    let tokens = traits.tokens
    let comma = nameStart - 1
    guard comma >= 1, tokens[comma].key == ",", sameSentence(comma - 1, nameStart),
      isRoleWord(comma - 1), !tokens[comma - 1].has(.capitalised)
    else { return nil }
    let start = walkBack(from: comma - 1, within: nameStart, steps: 5)
    // The phrase must open the sentence or follow a possessive determiner.
    let opensSentence = start == 0 || !sameSentence(start - 1, nameStart)
    let afterPossessive =
      start > 0 && ["his", "her", "their", "its"].contains(tokens[start - 1].key)
    let hasPossessive = tokens[start..<comma].contains { $0.kind == .possessive }
    return opensSentence || afterPossessive || hasPossessive ? start..<comma : nil
  }

  /// Title words in the run and role words to their left, up to the name.
  private func premodifier(of span: Span) -> Range<Int>? {
    let nameStart = span.name.lowerBound
    var start = nameStart
    var hasRole = false
    if let title = span.title, !title.isEmpty {
      start = title.lowerBound
      hasRole = title.contains { !WordLists.honorifics.contains(traits.bare($0)) }
    } else if nameStart > 0, isRoleWord(nameStart - 1), sameSentence(nameStart - 1, nameStart) {
      start = nameStart - 1
      hasRole = true
    }
    guard hasRole else { return nil }
    start = walkBack(from: start, within: nameStart, steps: 8)
    let end = span.title.map { $0.upperBound } ?? nameStart
    return start < end ? start..<end : nil
  }

  /// The first token of the role phrase that ends at `start`: role nouns, modifiers ("former"),
  /// capitalised words ("White House") and possessives ("Gauff's") to its left, up to `steps`
  /// tokens, in the sentence of token `anchor`.
  private func walkBack(from start: Int, within anchor: Int, steps: Int) -> Int {
    let tokens = traits.tokens
    var first = start
    var k = start - 1
    while k >= 0 && start - k <= steps && sameSentence(k, anchor) {
      let token = tokens[k]
      let key = traits.bare(k)
      if WordLists.roleStops.contains(key) { break }
      let include: Bool
      switch token.kind {
      case .word:
        include =
          isRoleWord(k) || WordLists.roleModifiers.contains(key)
          || (token.has(.capitalised) && !Abbreviations.sentenceOpeners.contains(key))
      case .possessive:
        include = k > 0 && traits.isCapitalised(k - 1)
      default:
        include = false
      }
      if !include { break }
      first = k
      k -= 1
    }
    return first
  }

  /// ", [a|an|the] <modifiers> role-noun [of …]," right after the name.
  private func appositive(after nameEnd: Int) -> Range<Int>? {
    let tokens = traits.tokens
    guard nameEnd + 1 < tokens.count, tokens[nameEnd].key == ",",
      sameSentence(nameEnd, nameEnd + 1)
    else { return nil }
    var start = nameEnd + 1
    if ["a", "an", "the"].contains(tokens[start].key) { start += 1 }
    var end = start
    var roleAt: Int?
    while end < tokens.count && end - start < 12 && sameSentence(end, nameEnd) {
      let token = tokens[end]
      if token.kind != .word && token.kind != .possessive && token.key != "&" { break }
      if RoleFinder.appositiveStops.contains(token.key) { break }
      if roleAt == nil && isRoleWord(end) { roleAt = end }
      end += 1
    }
    // "a union leader", "a planetary geologist at …": an indefinite article makes any lower-case
    // noun phrase a description; otherwise a role noun must come early.
    let indefinite = start > nameEnd + 1 && tokens[start - 1].key != "the"
    if indefinite && roleAt == nil && start < end && !tokens[start].has(.capitalised) {
      roleAt = start
    }
    guard let roleAt, roleAt - start < 5, end > start else { return nil }
    let closers: Set<String> = [",", ".", ";", "who", "which", "whose", "that"]
    if end < tokens.count, sameSentence(end, nameEnd), !closers.contains(tokens[end].key) {
      return nil
    }
    return start..<end
  }

  /// Words that end an appositive: clauses, conjunctions and verbs of saying.
  static let appositiveStops: WordSet = [
    "who", "which", "that", "said", "says", "told", "and", "but", "before", "after", "when",
    "while", "since", "until", "because", "where", "as", "whose", "if",
  ]

  /// A lower-case role noun, or a capitalised title word that is more than an honorific.
  private func isRoleWord(_ k: Int) -> Bool {
    let token = traits.tokens[k]
    guard token.kind == .word else { return false }
    if token.has(.capitalised) {
      return traits.isTitle(k) && !WordLists.honorifics.contains(traits.bare(k))
    }
    return WordLists.roleNouns.contains(token.key)
  }

  private func sameSentence(_ a: Int, _ b: Int) -> Bool {
    traits.tokens[a].sentence == traits.tokens[b].sentence
  }
}
