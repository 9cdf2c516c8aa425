/// The text layer of the language engine: an article tokenised once, shared by every later pass.
///
/// API summary (for the entity and quote layers):
/// - `Document(article:)` builds the document from an article's `contentParagraphs` only (title
///   and body; page chrome is never analysed). `Document(text:)` treats a plain string as one
///   article (blank lines separate paragraphs) — handy in tests.
/// - `scalars`: the whole article text as Unicode scalars; every offset is a scalar offset into
///   `Article.text`, end exclusive. `string(_:)` slices it.
/// - `tokens`: `Token` values in text order — `kind` (word, number, punctuation, quoteMark,
///   possessive, dash, ellipsis, symbol), `start`/`end`, `flags` (capitalised, allCaps,
///   sentenceInitial, abbreviation, initial, hyphenated, opening/closing/double for marks,
///   headlineCase, spaceBefore, lineBreakBefore), `key` (lower case, apostrophes folded:
///   "o'brien", "mr.", "'s"), `paragraph` and `sentence` indices.
/// - `sentences`: token ranges with their paragraph index; sentences never cross paragraphs.
/// - `paragraphs`: the analysed paragraphs (`Paragraph`, with kind title/body) and
///   `paragraphTokens` their token ranges.
public struct Document: Sendable {
  public let scalars: [Unicode.Scalar]
  public let tokens: [Token]
  public let sentences: [Sentence]
  /// The analysed paragraphs: the article's title and body paragraphs, in text order.
  public let paragraphs: [Paragraph]
  /// The token range of each paragraph in `paragraphs`.
  public let paragraphTokens: [Range<Int>]

  public init(article: Article) {
    self.init(scalars: Document.scalars(of: article.text), paragraphs: article.contentParagraphs)
  }

  /// A plain text as one article: blank lines separate body paragraphs.
  public init(text: String) {
    let scalars = Document.scalars(of: text)
    self.init(scalars: scalars, paragraphs: Document.blocks(of: scalars))
  }

  init(scalars: [Unicode.Scalar], paragraphs: [Paragraph]) {
    self.scalars = scalars
    self.paragraphs = paragraphs
    let tokenizer = Tokenizer(s: scalars)
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5)
    var sentences: [Sentence] = []
    var ranges: [Range<Int>] = []
    for (index, paragraph) in paragraphs.enumerated() {
      let first = tokens.count
      tokenizer.tokenize(paragraph.range, paragraph: index, into: &tokens)
      ranges.append(first..<tokens.count)
      SentenceSplitter.split(&tokens, first..<tokens.count, paragraph: index, into: &sentences)
    }
    self.tokens = tokens
    self.sentences = sentences
    self.paragraphTokens = ranges
  }

  /// The scalars of `text`, decoded from its UTF-8 (always valid in a `String`) in one pass with
  /// an ASCII fast path.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      var result: [Unicode.Scalar] = []
      result.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
          result.append(Unicode.Scalar(lead))
          index += 1
          continue
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length where index + offset < bytes.count {
          value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        index += length
      }
      return result
    }
  }

  /// The text between two scalar offsets, clamped to the text.
  public func string(_ range: Range<Int>) -> String {
    let lower = min(max(range.lowerBound, 0), scalars.count)
    let upper = min(max(range.upperBound, lower), scalars.count)
    // Four bytes at most per scalar, in a buffer on the stack for all but huge ranges.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (upper - lower) * 4) { buffer in
      var count = 0
      for k in lower..<upper {
        let c = scalars[k]
        if c.value < 0x80 {
          buffer[count] = UInt8(c.value)
          count += 1
        } else {
          UTF8.encode(c) { byte in
            buffer[count] = byte
            count += 1
          }
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
  }

  /// The text of tokens `range` (from the first token's start to the last one's end).
  public func string(tokens range: Range<Int>) -> String {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else {
      return ""
    }
    return string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
  }

  /// Blank-line separated blocks of `scalars`, trimmed, as body paragraphs.
  static func blocks(of scalars: [Unicode.Scalar]) -> [Paragraph] {
    var result: [Paragraph] = []
    var start: Int?
    var lastText = 0
    var newlines = 0
    for (index, c) in scalars.enumerated() {
      if ScalarClass.isSpace(c) {
        if c == "\n" { newlines += 1 }
        if newlines >= 2, let begin = start {
          result.append(Paragraph(start: begin, end: lastText, kind: .body))
          start = nil
        }
      } else {
        if start == nil { start = index }
        lastText = index + 1
        newlines = 0
      }
    }
    if let begin = start { result.append(Paragraph(start: begin, end: lastText, kind: .body)) }
    return result
  }
}

/// One sentence: a token range inside one paragraph.
public struct Sentence: Sendable, Hashable {
  public var tokens: Range<Int>
  /// Index into `Document.paragraphs`.
  public var paragraph: Int
  /// Most long words are capitalised (a headline, or a line in capitals).
  public var isHeadlineCase: Bool
}
