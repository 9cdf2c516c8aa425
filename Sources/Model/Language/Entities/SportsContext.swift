/// Tells a sports team named after its home ("Surrey 429-7", "Chicago beat Houston") from the
/// place itself: a score right after the name, or a result verb beside it.
struct SportsContext {
  let traits: NameTraits

  /// Verbs and short words that stand between two teams in a result.
  static let resultWords: WordSet = [
    "beat", "beats", "defeated", "defeat", "drew", "draw", "v", "vs", "vs.", "v.", "edged",
    "routed", "thrashed", "downed", "outlasted", "blanked", "trounced", "whipped", "overcame",
  ]

  /// A club named after its home; national sides ("France beat Germany") stay places.
  func isTeam(_ name: Range<Int>) -> Bool {
    let tokens = traits.tokens
    let key = RunClassifier(traits: traits).key(name)
    if !traits.facts(key).isDisjoint(with: [.nation, .placeAlias]) {
      return false
    }
    let sentence = tokens[name.lowerBound].sentence
    let after = name.upperBound
    if after < tokens.count, tokens[after].sentence == sentence {
      let next = tokens[after]
      if next.kind == .number && !isYear(next) && !next.has(.lineBreakBefore) {
        let following = after + 1 < tokens.count ? tokens[after + 1] : nil
        // "Surrey 429-7", "Chicago 5 Boston 3": a score, not "Moscow 1996" or "Geneva 5 km".
        let scoreFollows = following.map {
          $0.kind != .word || $0.has(.capitalised) || $0.sentence != sentence
        }
        if scoreFollows ?? true { return true }
      }
      if SportsContext.resultWords.contains(next.key) { return true }
    }
    let before = name.lowerBound - 1
    if before >= 0, tokens[before].sentence == sentence,
      SportsContext.resultWords.contains(tokens[before].key)
    {
      return true
    }
    return false
  }

  /// A place before a year opens a dateline ("TORONTO 1996-08-30"): the place itself.
  func isDateline(_ name: Range<Int>) -> Bool {
    let tokens = traits.tokens
    return name.upperBound < tokens.count && isYear(tokens[name.upperBound])
  }

  private func isYear(_ token: Token) -> Bool {
    token.end - token.start == 4 && (token.key.hasPrefix("19") || token.key.hasPrefix("20"))
  }
}
