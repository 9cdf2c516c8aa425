/// Where the reported content of a cue starts and ends inside its frame (token ranges).
struct ContentBounds {
  let tokens: [Token]
  let layout: QuoteLayout
  /// The longest indirect content, in tokens (a sentence without punctuation is cut here).
  static let limit = 150

  /// Content after a cue ending at `from`: skips an addressee ("told reporters"), time and manner
  /// phrases ("on Tuesday", "in a statement"), a colon and "that"; runs to the frame end or an
  /// earlier clause boundary. Nil when nothing is reported after the cue.
  func right(from: Int, in frame: Range<Int>, takesObject: Bool) -> Range<Int>? {
    var start = from
    if let jump = thatOrQuoteAhead(from: start, in: frame, takesObject: takesObject) {
      start = jump
    } else {
      if takesObject { start = afterObject(from: start, in: frame) }
      start = afterTimeWords(from: start, in: frame)
      start = afterModifierPhrase(from: start, in: frame)
    }
    while start < frame.upperBound, layout.isOutside(start),
      tokens[start].key == ":" || tokens[start].key == "that" || tokens[start].kind == .dash
        || tokens[start].key == "," && start > from && tokens[start - 1].key == "that"
    {
      // `said that, like him, she…`: the content starts after "that" despite the comma.
      start += 1
    }
    guard start < frame.upperBound else { return nil }
    // `said, "…"`: a comma between the cue and a quotation.
    if layout.isOutside(start), tokens[start].key == ",", start + 1 < frame.upperBound,
      !layout.isOutside(start + 1)
    {
      start += 1
    }
    if layout.isOutside(start), tokens[start].kind == .punctuation { return nil }
    if layout.isOutside(start), QuoteWords.contentEnders.contains(tokens[start].key) {
      return nil
    }
    let end = clauseEnd(from: start, in: frame)
    return hasWords(start..<end) ? start..<end : nil
  }

  /// Content before a source at `sourceStart` (`CONTENT, SRC CUE`): from the frame start to the
  /// comma or closing mark before the source.
  func left(ofSource sourceStart: Int, in frame: Range<Int>) -> Range<Int>? {
    var end = sourceStart
    while end > frame.lowerBound, layout.isOutside(end - 1),
      tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .dash
    {
      end -= 1
    }
    guard end < sourceStart, end > frame.lowerBound else {
      // No comma between content and source: only a closing mark may sit right before it.
      if end == sourceStart, end > frame.lowerBound, !layout.isOutside(end - 1) {
        return frame.lowerBound..<end
      }
      return nil
    }
    var start = frame.lowerBound
    // Content that comes before the source starts after a second reporting clause's comma.
    while start < end, layout.isOutside(start),
      tokens[start].kind == .punctuation || tokens[start].kind == .dash
    {
      start += 1
    }
    return hasWords(start..<end) ? start..<end : nil
  }

  /// The end of indirect content starting at `start`: the frame end, or a comma (outside marks)
  /// followed by a word that opens a new clause or report, or a semicolon.
  func clauseEnd(from start: Int, in frame: Range<Int>) -> Int {
    let end = min(frame.upperBound, start + Self.limit)
    var index = start + 1
    while index < end {
      defer { index += 1 }
      guard layout.isOutside(index) else { continue }
      let key = tokens[index].key
      if key == ";" { return index }
      guard tokens[index].kind == .word else { continue }
      // `…, which` / `…," though`: a comma outside or at the end of a quotation before the word.
      let outsideComma = tokens[index - 1].key == "," && layout.isOutside(index - 1)
      let quotedComma =
        index - 2 >= start && !layout.isOutside(index - 1)
        && tokens[index - 1].kind == .quoteMark && tokens[index - 2].key == ","
      if outsideComma || quotedComma,
        QuoteWords.contentEnders.contains(key)
          || startsParticipleClause(at: index, in: frame, afterQuote: quotedComma)
      {
        return outsideComma ? index - 1 : index
      }
      // `… and says he will`: a second report of the same source starts.
      if key == "and" || key == "but", index + 1 < end, layout.isOutside(index + 1),
        CueLexicon.gate(of: tokens[index + 1].key) == .open
      {
        return index
      }
    }
    return end
  }

  /// `, seemingly turning…` / `," adding…`: a participle clause after a comma ends the content
  /// when an adverb leads it in or a quotation closes right before the comma.
  private func startsParticipleClause(at index: Int, in frame: Range<Int>, afterQuote: Bool)
    -> Bool
  {
    let key = tokens[index].key
    if key.hasSuffix("ly"), index + 1 < frame.upperBound, tokens[index + 1].key.hasSuffix("ing") {
      return true
    }
    return afterQuote && key.hasSuffix("ing") && !tokens[index].has(.capitalised)
  }

  /// After a cue: the token after "that" or the opening of a quotation, when only prepositional,
  /// time or addressee words (at most 8) stand between.
  private func thatOrQuoteAhead(from: Int, in frame: Range<Int>, takesObject: Bool) -> Int? {
    guard from < frame.upperBound else { return nil }
    let firstKey = tokens[from].key
    let leadsIn =
      takesObject || QuoteWords.prepositions.contains(firstKey)
      || QuoteWords.timeWords.contains(firstKey)
    guard leadsIn else { return nil }
    var index = from
    while index < frame.upperBound, index - from <= 8 {
      if !layout.isOutside(index) { return index > from ? index : nil }
      let token = tokens[index]
      // "that" opens a clause only when a few words follow ("in that spot." is no clause).
      if token.key == "that" || token.key == ":",
        (index + 1..<min(frame.upperBound, index + 4)).filter({
          tokens[$0].isWordLike || !layout.isOutside($0)
        }).count >= 2
      {
        return index + 1
      }
      if token.key == "that" || token.key == ":" { return nil }
      if token.kind == .punctuation || token.kind == .dash { return nil }
      if CueLexicon.gate(of: token.key) != nil, index > from { return nil }
      index += 1
    }
    return nil
  }

  /// Skips the addressee of "told"/"asked": a pronoun, "reporters", a capitalised run, or a short
  /// determiner phrase.
  private func afterObject(from: Int, in frame: Range<Int>) -> Int {
    guard from < frame.upperBound, layout.isOutside(from), tokens[from].kind == .word else {
      return from
    }
    let token = tokens[from]
    if ["him", "her", "them", "us", "me", "you", "reporters", "journalists"].contains(token.key) {
      return from + 1
    }
    var index = from
    if token.has(.capitalised) {
      while index < frame.upperBound, layout.isOutside(index),
        tokens[index].has(.capitalised)
          || tokens[index].kind == .possessive
      {
        index += 1
      }
      return index
    }
    if ["the", "a", "an", "his", "her", "their", "its", "our"].contains(token.key) {
      index += 1
      while index < frame.upperBound, index - from < 4, layout.isOutside(index),
        tokens[index].kind == .word, !QuoteWords.clauseStops.contains(tokens[index].key)
      {
        index += 1
        if index - from >= 2, !QuoteWords.prepositions.contains(tokens[index - 1].key) { break }
      }
      return index
    }
    return from
  }

  /// Skips a prepositional phrase after a cue when a comma or the frame end closes it within 8
  /// tokens ("said of Russia, adding…", "said at a briefing."); otherwise it is content.
  private func afterModifierPhrase(from: Int, in frame: Range<Int>) -> Int {
    guard from < frame.upperBound, layout.isOutside(from),
      QuoteWords.prepositions.contains(tokens[from].key)
    else { return from }
    var index = from + 1
    while index < frame.upperBound, index - from <= 8, layout.isOutside(index) {
      if tokens[index].kind == .punctuation {
        return tokens[index].key == "," ? index + 1 : frame.upperBound
      }
      index += 1
    }
    return index == frame.upperBound ? index : from
  }

  /// Skips weekday and time words right after a cue ("said Tuesday", "said on Monday").
  private func afterTimeWords(from: Int, in frame: Range<Int>) -> Int {
    var index = from
    while index < frame.upperBound, index - from < 3, layout.isOutside(index),
      QuoteWords.timeWords.contains(tokens[index].key)
    {
      if ["on", "in", "last", "this", "next", "late", "early"].contains(tokens[index].key) {
        guard index + 1 < frame.upperBound, QuoteWords.timeWords.contains(tokens[index + 1].key)
        else { break }
      }
      index += 1
    }
    return index
  }

  private func hasWords(_ range: Range<Int>) -> Bool {
    range.contains { tokens[$0].isWordLike }
  }
}
