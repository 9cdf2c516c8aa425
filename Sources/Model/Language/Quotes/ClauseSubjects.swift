/// The speaker of a report whose cue has no source of its own: the subject of the clause
/// (participles, coordinated verbs, colons).
extension CueTemplates {
  /// The frame's first noun phrase before `limit`, after leading conjunctions and an
  /// introductory phrase: the subject a participle ("…, saying") or a colon reports for, with a
  /// comma-delimited name after it as its appositive.
  func subject(before limit: Int, in frame: Range<Int>) -> SourcePhrase? {
    var start = frame.lowerBound
    while start < limit,
      !layout.isOutside(start) || tokens[start].kind != .word
        || ["but", "and", "still", "however", "yet", "so"].contains(tokens[start].key)
    {
      start += 1
    }
    if start < limit,
      QuoteWords.prepositions.contains(tokens[start].key)
        || QuoteWords.timeWords.contains(tokens[start].key)
        || ["when", "while", "as", "after", "before", "if"].contains(tokens[start].key)
    {
      if let comma = (start..<min(limit, start + Self.reach)).first(where: {
        tokens[$0].key == "," && layout.isOutside($0)
      }) {
        start = comma + 1
      }
    }
    guard start < limit, var phrase = grabber.right(ofCue: start, in: start..<limit) else {
      return nil
    }
    if phrase.kind == .pronoun { return phrase }
    // `The company's president, Frank Moyer, defended…`: keep the appositive name.
    let after = phrase.tokens.upperBound
    if after < limit, tokens[after].key == ",",
      let close = (after + 1..<min(limit, after + 8)).first(where: { tokens[$0].key == "," })
    {
      phrase.appositive = after + 1..<close
    }
    let key = tokens[phrase.tokens.lowerBound].key
    return QuoteWords.clauseStops.contains(key) ? nil : phrase
  }

  /// The last name before `limit` in the frame that can be a subject: outside marks, not
  /// possessive, not right after a preposition.
  func lastName(before limit: Int, in frame: Range<Int>) -> SourcePhrase? {
    var index = limit - 1
    while index >= max(frame.lowerBound, limit - Self.reach) {
      let entity = entityOfToken[index]
      guard entity >= 0, layout.isOutside(index) else {
        index -= 1
        continue
      }
      var start = index
      while start > frame.lowerBound, entityOfToken[start - 1] == entity { start -= 1 }
      // A possessive or a modifier ("the Roe campaign") is not the subject.
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      let possessive =
        next.map {
          $0.kind == .possessive || QuoteWords.organisations.contains($0.key)
            || QuoteWords.groupNouns.contains($0.key)
        } ?? false
      // Titles before the name do not hide a preposition ("to Foreign Minister Jo Doe").
      var before = start - 1
      while before > frame.lowerBound,
        tokens[before].has(.capitalised)
          || tokens[before].key == "of" && tokens[before - 1].has(.capitalised)
      {
        before -= 1
      }
      let afterPreposition =
        before >= frame.lowerBound && QuoteWords.prepositions.contains(tokens[before].key)
        && !QuoteWords.clauseStops.contains(tokens[before].key)
      if !possessive && !afterPreposition {
        return SourcePhrase(tokens: start..<index + 1, kind: .phrase)
      }
      index = start - 1
    }
    return nil
  }
}
