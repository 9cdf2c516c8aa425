/// Where the quotation spans lie among a document's tokens, and the frames the templates read:
/// sentences joined so that no frame boundary falls inside a quotation or a parenthesis.
struct QuoteLayout {
  let spans: [MarkSpan]
  /// For each token, the index of the span holding it (its marks included), or -1.
  let spanOfToken: [Int]
  /// For each span, its token range, marks included.
  let spanTokens: [Range<Int>]
  /// Token ranges of the frames, in text order; frames never cross paragraphs.
  let frames: [Range<Int>]

  init(document: Document) {
    let spans = MarkBalancer.spans(
      in: document.scalars, paragraphs: document.paragraphs.map(\.range))
    let tokens = document.tokens
    var spanOfToken = [Int](repeating: -1, count: tokens.count)
    var spanTokens = [Range<Int>](repeating: 0..<0, count: spans.count)
    var next = 0
    for (index, span) in spans.enumerated() {
      let outer = span.outer
      while next < tokens.count, tokens[next].start < outer.lowerBound { next += 1 }
      let first = next
      while next < tokens.count, tokens[next].start < outer.upperBound {
        spanOfToken[next] = index
        next += 1
      }
      spanTokens[index] = first..<next
    }
    var frames: [Range<Int>] = []
    var openParentheses = 0
    for sentence in document.sentences where !sentence.tokens.isEmpty {
      let insideQuotation =
        frames.last.map { last in
          spanOfToken[last.upperBound - 1] >= 0
            && spanOfToken[last.upperBound - 1] == spanOfToken[sentence.tokens.lowerBound]
        } ?? false
      if let last = frames.last, last.upperBound == sentence.tokens.lowerBound,
        tokens[last.upperBound - 1].paragraph == sentence.paragraph,
        insideQuotation || openParentheses > 0
      {
        frames[frames.count - 1] = last.lowerBound..<sentence.tokens.upperBound
      } else {
        frames.append(sentence.tokens)
        openParentheses = 0
      }
      // A sentence break inside parentheses ("(R-S.C.)") does not end the frame.
      for token in sentence.tokens where tokens[token].kind == .punctuation {
        if tokens[token].key == "(" { openParentheses += 1 }
        if tokens[token].key == ")" { openParentheses = max(0, openParentheses - 1) }
      }
    }
    self.spans = spans
    self.spanOfToken = spanOfToken
    self.spanTokens = spanTokens
    self.frames = frames
  }

  func isOutside(_ token: Int) -> Bool { spanOfToken[token] < 0 }

  /// Quotations with fewer words than this are scare quotes or titles unless a cue governs them.
  static let minimumSpeechWords = 4

  /// Whether span `index` reads as speech: long enough, not a title in capitals, not introduced
  /// as a name ("billed as", "singing").
  func isSpeechLike(_ index: Int, in tokens: [Token]) -> Bool {
    let range = spanTokens[index]
    var words = 0
    var capitalised = 0
    for token in range where tokens[token].isWordLike {
      words += 1
      if tokens[token].has(.capitalised) || isShort(tokens[token].key) { capitalised += 1 }
    }
    if words < Self.minimumSpeechWords { return false }
    if capitalised == words, words <= 10 { return false }
    if range.lowerBound > 0, isOutside(range.lowerBound - 1),
      QuoteWords.titleIntroducers.contains(tokens[range.lowerBound - 1].key)
    {
      return false
    }
    return true
  }

  /// At most three characters; for ASCII keys (never white space) the byte count says so.
  private func isShort(_ key: String) -> Bool {
    key.utf8.count <= 3 || !key.utf8.allSatisfy { $0 < 0x80 } && key.count <= 3
  }
}
