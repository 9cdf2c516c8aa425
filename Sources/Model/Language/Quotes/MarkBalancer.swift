/// Pairs the quotation marks of each paragraph into `MarkSpan`s in one forward pass.
///
/// A closer with nothing open is a stray and is skipped; an opener while a span is open closes the
/// open span where the new one starts; a span still open at the paragraph end ends there (capped,
/// so a lone opener never swallows a huge paragraph). Single marks count only when the text has no
/// double marks at all.
enum MarkBalancer {
  /// The longest span an unclosed opener may produce, in scalars.
  static let unclosedLimit = 3000

  static func spans(in scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [MarkSpan] {
    let family: QuoteMark.Family = usesDoubleMarks(scalars, paragraphs) ? .double : .single
    var result: [MarkSpan] = []
    var previousLeftOpen = false
    for (index, paragraph) in paragraphs.enumerated() {
      let firstOfParagraph = result.count
      var balancer = ParagraphState(paragraph: index, range: paragraph)
      var offset = paragraph.lowerBound
      while offset < paragraph.upperBound {
        defer { offset += 1 }
        guard isMarkCandidate(scalars[offset]),
          let mark = QuoteMark.classify(scalars, at: offset)
        else { continue }
        if mark.family == family {
          balancer.take(mark, at: offset, scalars: scalars, into: &result)
        }
        offset += mark.length - 1
      }
      let leftOpen = balancer.finish(scalars: scalars, into: &result)
      if previousLeftOpen, firstOfParagraph < result.count,
        result[firstOfParagraph].open == firstNonSpace(scalars, in: paragraph)
      {
        result[firstOfParagraph].continuesPrevious = true
      }
      previousLeftOpen = leftOpen
    }
    return result
  }

  /// The state of one paragraph's pass: where the open span started, if any.
  private struct ParagraphState {
    let paragraph: Int
    let range: Range<Int>
    var openAt: Int?
    var openLength = 1

    init(paragraph: Int, range: Range<Int>) {
      self.paragraph = paragraph
      self.range = range
    }

    mutating func take(
      _ mark: QuoteMark, at offset: Int, scalars: [Unicode.Scalar], into result: inout [MarkSpan]
    ) {
      switch (mark.direction, openAt) {
      case (.opener, let open?):
        emit(open: open, close: nil, end: offset, scalars: scalars, into: &result)
        openAt = offset
        openLength = mark.length
      case (.opener, nil), (.ambiguous, nil):
        openAt = offset
        openLength = mark.length
      case (.closer, let open?), (.ambiguous, let open?):
        emit(
          open: open, close: offset + mark.length - 1, end: offset, scalars: scalars,
          into: &result)
        openAt = nil
      case (.closer, nil):
        break
      }
    }

    /// Ends an open span at the paragraph end; says whether one was open.
    mutating func finish(scalars: [Unicode.Scalar], into result: inout [MarkSpan]) -> Bool {
      guard let open = openAt else { return false }
      let end = min(range.upperBound, open + MarkBalancer.unclosedLimit)
      emit(open: open, close: nil, end: end, scalars: scalars, into: &result)
      openAt = nil
      return true
    }

    private func emit(
      open: Int, close: Int?, end: Int, scalars: [Unicode.Scalar], into result: inout [MarkSpan]
    ) {
      var lower = open + openLength
      var upper = end
      while lower < upper, ScalarClass.isSpace(scalars[lower]) { lower += 1 }
      while upper > lower, ScalarClass.isSpace(scalars[upper - 1]) { upper -= 1 }
      guard lower < upper else { return }
      result.append(
        MarkSpan(
          open: open, close: close, content: lower..<upper, paragraph: paragraph,
          continuesPrevious: false))
    }
  }

  private static func isMarkCandidate(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == "\"" || scalar == "'" }
    switch scalar {
    case "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}",
      "\u{2018}", "\u{2019}":
      return true
    default:
      return false
    }
  }

  /// Whether any paragraph holds a double quotation mark, or two apostrophes used as one (then
  /// single marks are apostrophes or quotes within quotes).
  private static func usesDoubleMarks(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>])
    -> Bool
  {
    for paragraph in paragraphs {
      for offset in paragraph {
        switch scalars[offset] {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return true
        case "'" where offset + 1 < paragraph.upperBound && scalars[offset + 1] == "'": return true
        default: continue
        }
      }
    }
    return false
  }

  private static func firstNonSpace(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Int? {
    range.first { !ScalarClass.isSpace(scalars[$0]) }
  }
}
