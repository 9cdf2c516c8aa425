/// Turns a content token range into a `Quote`'s kind and scalar span: the words inside the marks
/// for a direct quote, the reported clause (without a leading "that") for indirect and mixed ones.
struct QuoteBuilder {
  let document: Document
  let layout: QuoteLayout

  private var tokens: [Token] { document.tokens }

  /// Kind and scalar range of the content, or nil when it holds no words.
  func span(of content: Range<Int>) -> (kind: QuoteKind, range: Range<Int>)? {
    var lower = content.lowerBound
    var upper = content.upperBound
    while lower < upper, layout.isOutside(lower), isEdgeFiller(lower, leading: true) { lower += 1 }
    while upper > lower, layout.isOutside(upper - 1), isEdgeFiller(upper - 1, leading: false) {
      upper -= 1
    }
    guard lower < upper, (lower..<upper).contains(where: { tokens[$0].isWordLike }) else {
      return nil
    }
    let firstSpan = layout.spanOfToken[lower]
    if firstSpan >= 0, firstSpan == layout.spanOfToken[upper - 1] {
      // Part of a quotation (after a transcript label) starts at its first word.
      let whole = directRange(ofSpan: firstSpan)
      let start = max(whole.lowerBound, tokens[lower].start)
      return (.direct, min(start, whole.upperBound)..<whole.upperBound)
    }
    // Never cut a quotation in two: widen to whole spans at both edges.
    if firstSpan >= 0 { lower = layout.spanTokens[firstSpan].lowerBound }
    let lastSpan = layout.spanOfToken[upper - 1]
    if lastSpan >= 0 { upper = layout.spanTokens[lastSpan].upperBound }
    let mixed = (lower..<upper).contains { !layout.isOutside($0) }
    return (mixed ? .mixed : .indirect, tokens[lower].start..<tokens[upper - 1].end)
  }

  /// The words inside span `index`, without a trailing comma.
  func directRange(ofSpan index: Int) -> Range<Int> {
    let content = layout.spans[index].content
    var upper = content.upperBound
    while upper > content.lowerBound, [",", ";", ":"].contains(document.scalars[upper - 1]) {
      upper -= 1
    }
    return content.lowerBound..<upper
  }

  /// Punctuation, dashes and a leading "that" at the edges of content.
  private func isEdgeFiller(_ index: Int, leading: Bool) -> Bool {
    switch tokens[index].kind {
    case .punctuation, .dash, .ellipsis: return true
    case .word: return leading && tokens[index].key == "that"
    default: return false
    }
  }
}
