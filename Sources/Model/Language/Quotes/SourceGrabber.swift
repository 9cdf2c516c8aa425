/// Finds the source phrase of a reporting cue by walking away from the cue over at most
/// `limit` tokens of its frame, outside quotation marks.
struct SourceGrabber {
  let tokens: [Token]
  let layout: QuoteLayout
  /// The longest source phrase, in tokens.
  static let limit = 12

  /// The source before a cue at `cue` ("Carney said", "the official also said",
  /// "Jones, a spokesman for the city, said"), within `frame`.
  func left(ofCue cue: Int, in frame: Range<Int>) -> SourcePhrase? {
    var end = cue
    while end - 1 > frame.lowerBound, isPlainWord(end - 1), isBetweenSourceAndCue(end - 1) {
      end -= 1
    }
    end = beforeParenthesis(end, in: frame)
    guard end - 1 >= frame.lowerBound else { return nil }
    if isComma(end - 1) {
      return appositive(endingAt: end - 1, in: frame)
    }
    return phrase(endingBefore: end, in: frame)
  }

  /// Adverbs, auxiliaries and time words between a source and its cue ("Kerry also said",
  /// "Cruz had long said", "Smith forcefully told").
  private func isBetweenSourceAndCue(_ index: Int) -> Bool {
    let token = tokens[index]
    if token.has(.capitalised) { return false }
    return QuoteWords.betweenSourceAndCue.contains(token.key)
      || QuoteWords.timeWords.contains(token.key)
      || token.key.hasSuffix("ly") && token.key.count > 4 || token.key == "long"
  }

  /// `Sen. Jo Doe (R-Ga.) said`: a parenthesis before `end` belongs to the name before it.
  private func beforeParenthesis(_ end: Int, in frame: Range<Int>) -> Int {
    guard end - 1 >= frame.lowerBound, tokens[end - 1].key == ")", layout.isOutside(end - 1),
      let open = (max(frame.lowerBound, end - 10)..<end - 1).last(where: { tokens[$0].key == "(" })
    else { return end }
    return open
  }

  /// The source after an inverted cue (`"…," said the official`), within `frame`.
  func right(ofCue cueEnd: Int, in frame: Range<Int>) -> SourcePhrase? {
    let first = cueEnd
    guard first < frame.upperBound, isPlainWord(first),
      !QuoteWords.prepositions.contains(tokens[first].key),
      !QuoteWords.timeWords.contains(tokens[first].key),
      !QuoteWords.clauseStops.contains(tokens[first].key)
    else { return nil }
    if QuoteWords.subjectPronouns.contains(tokens[first].key) {
      return SourcePhrase(tokens: first..<first + 1, kind: .pronoun)
    }
    var end = first
    while end < frame.upperBound, end - first < Self.limit, isNameOrNounPart(end) {
      let key = tokens[end].key
      let insideName =
        key == "of" && end + 1 < frame.upperBound && tokens[end + 1].has(.capitalised)
        && tokens[end - 1].has(.capitalised)
      if end > first, !tokens[end].has(.capitalised), !insideName,
        QuoteWords.prepositions.contains(key) || QuoteWords.clauseStops.contains(key)
      {
        break
      }
      if end > first, CueLexicon.gate(of: key) != nil, !tokens[end].has(.capitalised),
        !QuoteWords.documents.contains(key)
      {
        break
      }
      end += 1
    }
    return end > first ? SourcePhrase(tokens: first..<end, kind: .phrase) : nil
  }

  /// The noun phrase or pronoun that ends just before `end`.
  func phrase(endingBefore end: Int, in frame: Range<Int>) -> SourcePhrase? {
    let last = end - 1
    guard last >= frame.lowerBound, isPlainWord(last) || tokens[last].kind == .possessive else {
      return nil
    }
    let key = tokens[last].key
    if QuoteWords.subjectPronouns.contains(key) {
      return SourcePhrase(tokens: last..<end, kind: .pronoun)
    }
    if QuoteWords.relativePronouns.contains(key) {
      return SourcePhrase(tokens: last..<end, kind: .relative)
    }
    var start = end
    while start - 1 >= frame.lowerBound, end - start < Self.limit, isNameOrNounPart(start - 1) {
      let token = tokens[start - 1]
      let initialCapital = token.has(.capitalised) && !token.has(.sentenceInitial)
      if QuoteWords.clauseStops.contains(token.key), !initialCapital || token.key == "it" { break }
      // A subject pronoun further left belongs to another clause ("he paused to make a …").
      if QuoteWords.subjectPronouns.contains(token.key) { break }
      if CueLexicon.gate(of: token.key) != nil, !token.has(.capitalised) { break }
      start -= 1
    }
    return start < end ? SourcePhrase(tokens: start..<end, kind: .phrase) : nil
  }

  /// `NP, block, CUE`: the phrase before a comma block of at most 15 tokens.
  private func appositive(endingAt comma: Int, in frame: Range<Int>) -> SourcePhrase? {
    var close = comma
    // Up to two blocks: `Jo Doe, of Springfield, Va., said`.
    for _ in 0..<2 {
      var open = close - 1
      while open >= frame.lowerBound, comma - open <= 20, !isComma(open) {
        guard layout.isOutside(open),
          tokens[open].kind != .punctuation
            || ["(", ")", "."].contains(tokens[open].key)
        else { return nil }
        open -= 1
      }
      guard open >= frame.lowerBound, isComma(open), open + 1 < close else { return nil }
      let end = beforeParenthesis(open, in: frame)
      guard var main = phrase(endingBefore: end, in: frame) else { return nil }
      if !QuoteWords.prepositions.contains(tokens[main.tokens.lowerBound].key) {
        main.appositive = open + 1..<comma
        return main
      }
      // Only a place ("of Springfield") may stand between a name and its appositive.
      guard main.tokens.contains(where: { tokens[$0].has(.capitalised) }) else { return nil }
      close = open
    }
    return nil
  }

  private func isComma(_ index: Int) -> Bool {
    tokens[index].kind == .punctuation && tokens[index].key == "," && layout.isOutside(index)
  }

  private func isPlainWord(_ index: Int) -> Bool {
    tokens[index].kind == .word && layout.isOutside(index)
  }

  /// Words, numbers, possessives and the symbols inside names ("AT&T") outside marks.
  private func isNameOrNounPart(_ index: Int) -> Bool {
    guard layout.isOutside(index) else { return false }
    switch tokens[index].kind {
    case .word, .number, .possessive: return true
    case .symbol: return tokens[index].key == "&"
    default: return false
    }
  }
}
