/// Splits one paragraph of scalars into tokens in a single forward pass (no regular expressions).
///
/// Sentence indices and the `sentenceInitial`/`headlineCase` flags are filled in afterwards by
/// `SentenceSplitter`.
struct Tokenizer {
  let s: [Unicode.Scalar]

  /// Appends the tokens of `range` (a paragraph) to `tokens`, tagged with `paragraph`.
  func tokenize(_ range: Range<Int>, paragraph: Int, into tokens: inout [Token]) {
    let lower = max(0, min(range.lowerBound, s.count))
    let hi = max(lower, min(range.upperBound, s.count))
    var i = lower
    var space = true
    var lineBreak = false
    var buffer: [UInt8] = []
    buffer.reserveCapacity(64)
    while i < hi {
      let c = s[i]
      if ScalarClass.isSpace(c) {
        space = true
        if ScalarClass.isLineBreak(c) { lineBreak = true }
        i += 1
        continue
      }
      var flags: TokenFlags = []
      if space { flags.insert(.spaceBefore) }
      if lineBreak { flags.insert(.lineBreakBefore) }
      let previousWordEnd = tokens.indices.last.flatMap {
        tokens[$0].kind == .word ? tokens[$0].end : nil
      }
      let (kind, end, extra) = scan(
        at: i, limit: hi, previousWordEnd: previousWordEnd, spaceBefore: space)
      flags.formUnion(extra)
      tokens.append(
        Token(
          kind: kind, start: i, end: end, flags: flags, key: "", paragraph: paragraph, sentence: 0)
      )
      finish(&tokens[tokens.count - 1], buffer: &buffer)
      i = max(end, i + 1)
      space = false
      lineBreak = false
    }
  }

  /// Classifies the token starting at `i` and returns its kind, end and scanner flags;
  /// `previousWordEnd` is the end of the token before when that one is a word.
  private func scan(at i: Int, limit hi: Int, previousWordEnd: Int?, spaceBefore: Bool)
    -> (TokenKind, Int, TokenFlags)
  {
    let c = s[i]
    if ScalarClass.isLetter(c) { return scanWord(at: i, limit: hi) }
    if ScalarClass.isDigit(c) { return (.number, scanNumber(at: i, limit: hi), []) }
    if ScalarClass.isApostrophe(c), let previousWordEnd, previousWordEnd == i {
      // "Russia's" / "Russia’s" and "officials'" / "Jones’"
      if i + 1 < hi, s[i + 1] == "s" || s[i + 1] == "S",
        i + 2 >= hi || !ScalarClass.isLetter(s[i + 2])
      {
        return (.possessive, i + 2, [])
      }
      let last = s[max(previousWordEnd - 1, 0)]
      if (last == "s" || last == "S") && (i + 1 >= hi || !ScalarClass.isLetter(s[i + 1])) {
        return (.possessive, i + 1, [])
      }
    }
    if ScalarClass.isDoubleQuote(c) || ScalarClass.isSingleQuote(c) {
      var flags: TokenFlags = ScalarClass.isDoubleQuote(c) ? [.double] : []
      flags.insert(direction(of: c, at: i, limit: hi, spaceBefore: spaceBefore))
      return (.quoteMark, i + 1, flags)
    }
    if ScalarClass.isDash(c) { return (.dash, i + 1, []) }
    if ScalarClass.isHyphen(c) {
      if i + 1 < hi, ScalarClass.isHyphen(s[i + 1]) { return (.dash, i + 2, []) }
      return (.dash, i + 1, [])
    }
    if c == "\u{2026}" { return (.ellipsis, i + 1, []) }
    if c == ".", i + 2 < hi, s[i + 1] == ".", s[i + 2] == "." {
      var j = i + 3
      while j < hi, s[j] == "." { j += 1 }
      return (.ellipsis, j, [])
    }
    if ScalarClass.isPunctuation(c) { return (.punctuation, i + 1, []) }
    return (.symbol, i + 1, [])
  }

  /// A straight mark opens after a space, bracket or dash when text follows; curly marks say so.
  private func direction(of c: Unicode.Scalar, at i: Int, limit hi: Int, spaceBefore: Bool)
    -> TokenFlags
  {
    if ScalarClass.isOpeningMark(c) { return .opening }
    if ScalarClass.isClosingMark(c) { return .closing }
    let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
    let afterIsText = i + 1 < hi && !ScalarClass.isSpace(s[i + 1])
    let openingContext =
      spaceBefore || before.map { $0 == "(" || $0 == "[" || ScalarClass.isDash($0) } ?? true
    if openingContext && afterIsText { return .opening }
    return .closing
  }

  /// A word: letters and combining marks, inner hyphens and apostrophes, digits inside; a dotted
  /// acronym or initial with its periods; a known abbreviation with its period.
  private func scanWord(at i: Int, limit hi: Int) -> (TokenKind, Int, TokenFlags) {
    if let end = dottedAcronymEnd(at: i, limit: hi) {
      let letters = (end - i) / 2
      return (.word, end, letters == 1 ? [.abbreviation, .initial] : [.abbreviation])
    }
    var j = i
    var flags: TokenFlags = []
    while j < hi {
      let c = s[j]
      if ScalarClass.isLetter(c) || ScalarClass.isCombining(c) || ScalarClass.isDigit(c) {
        j += 1
      } else if ScalarClass.isHyphen(c), j + 1 < hi, ScalarClass.isLetter(s[j + 1]) {
        flags.insert(.hyphenated)
        j += 1
      } else if ScalarClass.isApostrophe(c), j + 1 < hi, ScalarClass.isLetter(s[j + 1]) {
        let possessive =
          (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= hi || !ScalarClass.isLetter(s[j + 2]))
        if possessive { break }
        j += 1
      } else {
        break
      }
    }
    if j < hi, s[j] == ".", j - i <= 6 {
      var key: [UInt8] = []
      for k in i..<j { ScalarClass.appendKey(s[k], to: &key) }
      let word = String(decoding: key, as: UTF8.self)
      if Abbreviations.takesPeriod(word, capitalised: ScalarClass.isUpper(s[i])) {
        flags.insert(.abbreviation)
        return (.word, j + 1, flags)
      }
    }
    return (.word, j, flags)
  }

  /// The end of "U.S.", "a.m.", "J." (letter-period pairs) starting at `i`, or nil.
  private func dottedAcronymEnd(at i: Int, limit hi: Int) -> Int? {
    var j = i
    var pairs = 0
    while j + 1 < hi, ScalarClass.isLetter(s[j]), s[j + 1] == "." {
      if j + 2 < hi, ScalarClass.isLetter(s[j + 2]), !(j + 3 < hi && s[j + 3] == ".") {
        // "U.Sa" is not an acronym; "J.Smith" leaves the initial alone.
        if pairs == 0 { break }
      }
      pairs += 1
      j += 2
    }
    if pairs == 0 { return nil }
    if j < hi, ScalarClass.isLetter(s[j]) && pairs > 1 { return nil }
    if pairs == 1 && !ScalarClass.isUpper(s[i]) { return nil }
    return j
  }

  /// Digits with inner , . : separators followed by digits, then a letter suffix.
  private func scanNumber(at i: Int, limit hi: Int) -> Int {
    var j = i
    while j < hi {
      let c = s[j]
      if ScalarClass.isDigit(c) {
        j += 1
      } else if c == "," || c == "." || c == ":", j + 1 < hi, ScalarClass.isDigit(s[j + 1]) {
        j += 1
      } else {
        break
      }
    }
    while j < hi, ScalarClass.isLetter(s[j]) { j += 1 }
    return j
  }

  /// Fills in the key and the capitalisation flags of a scanned token; `key` is a reused
  /// scratch buffer.
  private func finish(_ token: inout Token, buffer key: inout [UInt8]) {
    switch token.kind {
    case .quoteMark:
      token.key = token.has(.double) ? "\"" : "'"
      return
    case .possessive:
      token.key = token.end - token.start == 2 ? "'s" : "'"
      return
    case .dash:
      token.key = "-"
      return
    case .ellipsis:
      token.key = "..."
      return
    default:
      break
    }
    var letters = 0
    var upper = 0
    if !asciiKey(&token, letters: &letters, upper: &upper) {
      generalKey(&token, buffer: &key, letters: &letters, upper: &upper)
    }
    if token.kind == .word, ScalarClass.isUpper(s[token.start]) {
      token.flags.insert(.capitalised)
      if letters >= 2 && upper == letters { token.flags.insert(.allCaps) }
    }
  }

  /// The key of an ASCII token, built on the stack; false (and nothing set) for other tokens.
  private func asciiKey(_ token: inout Token, letters: inout Int, upper: inout Int) -> Bool {
    let range = token.start..<token.end
    guard range.count <= 64 else { return false }
    let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) {
      bytes -> String? in
      var (lettersSeen, upperSeen) = (0, 0)
      for (n, k) in range.enumerated() {
        let value = s[k].value
        guard value < 0x80 else { return nil }
        var byte = UInt8(value)
        if byte &- 0x41 < 26 {
          lettersSeen += 1
          upperSeen += 1
          byte += 0x20
        } else if byte &- 0x61 < 26 {
          lettersSeen += 1
        }
        bytes[n] = byte
      }
      letters = lettersSeen
      upper = upperSeen
      return String(decoding: UnsafeBufferPointer(bytes), as: UTF8.self)
    }
    guard let key else { return false }
    token.key = key
    return true
  }

  /// The key of any token, scalar by scalar; `key` is a reused scratch buffer.
  private func generalKey(
    _ token: inout Token, buffer key: inout [UInt8], letters: inout Int, upper: inout Int
  ) {
    key.removeAll(keepingCapacity: true)
    for k in token.start..<token.end {
      let c = s[k]
      if ScalarClass.isLetter(c) {
        letters += 1
        if ScalarClass.isUpper(c) { upper += 1 }
      }
      ScalarClass.appendKey(c, to: &key)
    }
    token.key = String(decoding: key, as: UTF8.self)
  }
}
