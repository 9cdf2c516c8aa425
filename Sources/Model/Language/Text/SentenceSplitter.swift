/// Groups a paragraph's tokens into sentences and sets the sentence flags of its tokens.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis (with any closing marks and brackets after it)
/// when the next token is a capitalised word, a number or an opening mark; at an abbreviation's
/// period only before a clear sentence opener ("U.S. The"); never after a title ("Mr.") or an
/// initial; and always at the paragraph's end.
enum SentenceSplitter {
  /// Appends the sentences of `tokens[range]` (one paragraph) and numbers their tokens.
  static func split(
    _ tokens: inout [Token], _ range: Range<Int>, paragraph: Int, into sentences: inout [Sentence]
  ) {
    var start = range.lowerBound
    var k = range.lowerBound
    while k < range.upperBound {
      var end = k + 1
      if endsSentence(tokens, at: k, limit: range.upperBound) {
        while end < range.upperBound, closesBefore(tokens[end]) { end += 1 }
        if end < range.upperBound, startsSentence(tokens, at: end, after: tokens[k]) {
          close(&tokens, start..<end, paragraph: paragraph, into: &sentences)
          start = end
        }
      }
      k = end
    }
    if start < range.upperBound {
      close(&tokens, start..<range.upperBound, paragraph: paragraph, into: &sentences)
    }
  }

  private static func endsSentence(_ tokens: [Token], at k: Int, limit: Int) -> Bool {
    let token = tokens[k]
    switch token.kind {
    case .punctuation: return token.key == "." || token.key == "?" || token.key == "!"
    case .ellipsis: return true
    case .word: return token.has(.abbreviation) && !token.has(.initial)
    default: return false
    }
  }

  /// Closing quotation marks and brackets stay with the sentence they end.
  private static func closesBefore(_ token: Token) -> Bool {
    (token.kind == .quoteMark && token.has(.closing))
      || (token.kind == .punctuation && (token.key == ")" || token.key == "]"))
  }

  private static func startsSentence(_ tokens: [Token], at n: Int, after end: Token) -> Bool {
    let next = tokens[n]
    if end.kind == .word {
      // An abbreviation's period: titles never end a sentence; others only before an opener.
      let bare = end.key.hasSuffix(".") ? String(end.key.dropLast()) : end.key
      if Abbreviations.titles.contains(bare) { return false }
      if next.kind == .quoteMark { return next.has(.opening) }
      return next.has(.capitalised) && Abbreviations.sentenceOpeners.contains(next.key)
    }
    switch next.kind {
    case .word:
      // Capitalised, or a letter of a script without case.
      let first = next.key.unicodeScalars.first
      return next.has(.capitalised) || !(first.map(ScalarClass.isLower) ?? true)
    case .number: return true
    case .quoteMark: return next.has(.opening)
    case .punctuation: return next.key == "(" || next.key == "["
    case .dash: return true
    default: return false
    }
  }

  /// The short function words headline style leaves in lower case.
  private static let headlineLowerWords: WordSet = [
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "at", "by", "to", "in",
    "of", "on", "up", "as", "vs", "vs.", "via", "per", "off", "out", "from", "with", "into",
    "over", "than", "upon", "onto", "amid", "de", "la", "le", "von", "van", "der", "al", "bin",
  ]

  /// Records a sentence and flags its first word and, for headline-style text, all its tokens.
  private static func close(
    _ tokens: inout [Token], _ range: Range<Int>, paragraph: Int, into sentences: inout [Sentence]
  ) {
    let index = sentences.count
    var capitals = 0
    var lowers = 0
    var first = true
    for k in range {
      tokens[k].sentence = index
      guard tokens[k].kind == .word else {
        if tokens[k].kind == .number { first = false }
        continue
      }
      if first {
        tokens[k].flags.insert(.sentenceInitial)
        first = false
      } else if tokens[k].has(.capitalised) {
        if tokens[k].end - tokens[k].start >= 4 { capitals += 1 }
      } else if lowers == 0 && !headlineLowerWords.contains(tokens[k].key) {
        // Only whether any such word occurs matters, so one is enough.
        lowers += 1
      }
    }
    // Headline case: capitalised words and, in lower case, only short words and prepositions.
    let headline = capitals >= 3 && lowers == 0
    if headline {
      for k in range { tokens[k].flags.insert(.headlineCase) }
    }
    sentences.append(Sentence(tokens: range, paragraph: paragraph, isHeadlineCase: headline))
  }
}
