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
    while end - 1 > frame.lowerBound,
      isPlainWord(end - 1) && isBetweenSourceAndCue(end - 1) || isContraction(end - 1)
        || isYearAfterIn(end - 1)
    {
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
    if token.has(.capitalised) { return QuoteWords.weekdays.contains(token.key) }
    return QuoteWords.betweenSourceAndCue.contains(token.key)
      || QuoteWords.timeWords.contains(token.key)
      || token.key.hasSuffix("ly") && token.key.count > 4 || token.key == "long"
  }

  /// `who in 2010 said`: a year after "in" between a source and its cue.
  private func isYearAfterIn(_ index: Int) -> Bool {
    tokens[index].kind == .number && tokens[index].key.count == 4 && index > 0
      && tokens[index - 1].key == "in"
  }

  /// "’s" after a pronoun is "is" or "has" ("he’s claiming", "she’s said").
  private func isContraction(_ index: Int) -> Bool {
    tokens[index].kind == .possessive && index > 0
      && QuoteWords.subjectPronouns.contains(tokens[index - 1].key)
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
      // `people familiar with the matter`, `a spokesman for the city`: a nominal's complement.
      let complement =
        ["of", "for", "with", "at", "from"].contains(key) && end + 1 < frame.upperBound
        && !QuoteWords.timeWords.contains(tokens[end + 1].key)
        && !(first..<end).contains { tokens[$0].has(.capitalised) }
      if end > first, !tokens[end].has(.capitalised), !insideName, !complement,
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
  /// `NP, block, [block, …] CUE`: the noun phrase that opens a chain of up to three comma
  /// blocks before the cue ("Jo Doe, the attorney general of Ohio, one of the states suing, said";
  /// "Jo Doe, of Springfield, Va., said").
  private func appositive(endingAt comma: Int, in frame: Range<Int>) -> SourcePhrase? {
    var close = comma
    var best: SourcePhrase?
    for _ in 0..<3 {
      var open = close - 1
      while open >= frame.lowerBound, comma - open <= 30, !isComma(open) {
        guard layout.isOutside(open),
          tokens[open].kind != .punctuation
            || ["(", ")", "."].contains(tokens[open].key)
        else { return best }
        open -= 1
      }
      guard open >= frame.lowerBound, isComma(open), open + 1 < close else {
        // The chain reached the frame start: the phrase before `close` heads it.
        guard close != comma, var head = headPhrase(endingBefore: close, in: frame) else {
          return best
        }
        head.appositive = close + 1..<comma
        return head
      }
      guard let main = phrase(endingBefore: beforeParenthesis(open, in: frame), in: frame) else {
        return best
      }
      let place = QuoteWords.prepositions.contains(tokens[main.tokens.lowerBound].key)
      if place, !main.tokens.contains(where: { tokens[$0].has(.capitalised) }) { return best }
      if !place {
        var candidate = main
        candidate.appositive = open + 1..<comma
        best = candidate
      }
      // The phrase may itself be an appositive: keep walking while a comma precedes it.
      let before = main.tokens.lowerBound - 1
      guard before >= frame.lowerBound, isComma(before) else { return best }
      close = before
    }
    return best
  }

  /// A short phrase with a name that can head a chain of appositives (not a clause).
  private func headPhrase(endingBefore end: Int, in frame: Range<Int>) -> SourcePhrase? {
    guard let head = phrase(endingBefore: beforeParenthesis(end, in: frame), in: frame),
      head.tokens.count <= 5,
      !QuoteWords.prepositions.contains(tokens[head.tokens.lowerBound].key),
      head.tokens.contains(where: {
        tokens[$0].has(.capitalised) && !tokens[$0].has(.sentenceInitial)
      })
    else { return nil }
    return head
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
