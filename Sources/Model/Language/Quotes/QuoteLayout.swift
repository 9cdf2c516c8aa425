/// Where the quotation spans lie among a document's tokens, and the frames the templates read:
/// sentences joined so that no frame boundary falls inside a quotation.
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
    for sentence in document.sentences where !sentence.tokens.isEmpty {
      if let last = frames.last, last.upperBound == sentence.tokens.lowerBound,
        tokens[last.upperBound - 1].paragraph == sentence.paragraph,
        spanOfToken[last.upperBound - 1] >= 0,
        spanOfToken[last.upperBound - 1] == spanOfToken[sentence.tokens.lowerBound]
      {
        frames[frames.count - 1] = last.lowerBound..<sentence.tokens.upperBound
      } else {
        frames.append(sentence.tokens)
      }
    }
    self.spans = spans
    self.spanOfToken = spanOfToken
    self.spanTokens = spanTokens
    self.frames = frames
  }

  func isOutside(_ token: Int) -> Bool { spanOfToken[token] < 0 }

  /// The number of word tokens inside span `index`.
  func wordCount(ofSpan index: Int, in tokens: [Token]) -> Int {
    spanTokens[index].reduce(0) { $0 + (tokens[$1].isWordLike ? 1 : 0) }
  }
}
