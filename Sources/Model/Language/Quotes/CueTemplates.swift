/// Matches the reporting templates around each cue of a frame and returns its attributions:
/// `SRC CUE [that] CONTENT`, `CONTENT, SRC CUE`, `CONTENT, CUE SRC`, `"C1," SRC CUE, "C2"`,
/// `SRC CUE: "…"`, `…, according to SRC`, and participles or "and said" after a subject.
struct CueTemplates {
  let tokens: [Token]
  let layout: QuoteLayout
  let grabber: SourceGrabber
  let bounds: ContentBounds
  /// For each token, the entity it names or -1 (see `EntityIndex`).
  let entityOfToken: [Int]

  init(document: Document, layout: QuoteLayout, entityOfToken: [Int]) {
    tokens = document.tokens
    self.layout = layout
    self.entityOfToken = entityOfToken
    grabber = SourceGrabber(tokens: document.tokens, layout: layout)
    bounds = ContentBounds(tokens: document.tokens, layout: layout)
  }

  /// Every attribution whose cue lies in `frame`, in cue order.
  func attributions(in frame: Range<Int>) -> [Attribution] {
    var result: [Attribution] = []
    var index = frame.lowerBound
    while index < frame.upperBound {
      defer { index += 1 }
      let token = tokens[index]
      guard layout.isOutside(index), token.kind == .word,
        !token.has(.capitalised) || token.has(.sentenceInitial) || token.has(.headlineCase),
        let formGate = CueLexicon.gate(of: token.key), !isBlocked(index)
      else { continue }
      var cueEnd = index + 1
      var gate = formGate
      if CueLexicon.takesForOrOn(token.key), cueEnd < frame.upperBound,
        ["for", "on"].contains(tokens[cueEnd].key)
      {
        cueEnd += 1
        gate = .open
      }
      if let particle = CueLexicon.particle(after: tokens[index].key) {
        guard cueEnd < frame.upperBound, tokens[cueEnd].key == particle else { continue }
        cueEnd += 1
      }
      let cue = index..<cueEnd
      let found =
        tokens[index].key == "according"
        ? accordingTo(cue, in: frame)
        : reported(cue, gate: gate, in: frame, lastSource: result.last?.source)
      result += found.filter { passes(gate, $0) }
      index = cueEnd - 1
    }
    return result
  }

  /// A cue form after a determiner, an infinitive "to", a negation or "for" reports nothing.
  private func isBlocked(_ index: Int) -> Bool {
    guard index > 0, layout.isOutside(index - 1) else { return false }
    let previous = tokens[index - 1].key
    if QuoteWords.blockCue.contains(previous) || previous.hasSuffix("n't") { return true }
    // "Editor's note:" (a label), "the holiday is observed as" (a passive).
    if tokens[index - 1].kind == .possessive, index + 1 < tokens.count, tokens[index + 1].key == ":"
    {
      return true
    }
    if QuoteWords.beForms.contains(previous), !tokens[index].key.hasSuffix("ing") { return true }
    // "a research note", "those jokes": a form that is also a noun, after a determiner.
    guard QuoteWords.nounCueForms.contains(tokens[index].key), index > 1,
      layout.isOutside(index - 2), !tokens[index - 1].has(.capitalised)
    else { return false }
    return QuoteWords.determiners.contains(tokens[index - 2].key)
  }

  /// Gated cues need a that-clause or a quotation in their content.
  private func passes(_ gate: CueLexicon.Gate, _ attribution: Attribution) -> Bool {
    let content = attribution.content
    // The quotation must come first, or soon for "called X '…'".
    let quoted = !layout.isOutside(content.lowerBound)
    let quotedSoon = content.prefix(10).contains { !layout.isOutside($0) }
    switch gate {
    case .open, .afterSubject: return true
    case .quoteOnly: return quotedSoon
    case .thatOrQuote, .commitment:
      let start = content.lowerBound
      if gate == .commitment, tokens[start].key == "to" { return true }
      let afterThat = start > 0 && ["that", ":"].contains(tokens[start - 1].key)
      return quotedSoon && (quoted || gate == .commitment) || afterThat
        || ["that", "whether", "if", "why", "how", "what", "when"]
          .contains(tokens[start].key)
    }
  }

  /// `according to SRC, CONTENT` or `CONTENT, according to SRC`.
  private func accordingTo(_ cue: Range<Int>, in frame: Range<Int>) -> [Attribution] {
    guard let source = grabber.right(ofCue: cue.upperBound, in: frame) else { return [] }
    let opensFrame = (frame.lowerBound..<cue.lowerBound).allSatisfy { !tokens[$0].isWordLike }
    if opensFrame {
      var start = source.tokens.upperBound
      while start < frame.upperBound, !(tokens[start].key == "," && layout.isOutside(start)) {
        start += 1
      }
      guard start + 1 < frame.upperBound else { return [] }
      let content = (start + 1)..<bounds.clauseEnd(from: start + 1, in: frame)
      return [Attribution(content: content, cue: cue, source: source)]
    }
    guard let content = bounds.left(ofSource: cue.lowerBound, in: frame) else { return [] }
    return [Attribution(content: content, cue: cue, source: source)]
  }

  /// A verb of saying with its source on either side.
  private func reported(
    _ cue: Range<Int>, gate: CueLexicon.Gate, in frame: Range<Int>, lastSource: SourcePhrase?
  ) -> [Attribution] {
    let key = tokens[cue.lowerBound].key
    let takesObject =
      ["tell", "tells", "told", "telling", "inform", "informed", "assured", "asked"]
      .contains(key) || gate == .thatOrQuote
    let previous = cue.lowerBound > frame.lowerBound ? cue.lowerBound - 1 : nil
    let previousKey = previous.map { tokens[$0].key }
    let afterComma = previous.map { isCommaOrCloser($0) } ?? false

    if gate == .afterSubject, !(key.hasSuffix("ed") || key.hasSuffix("s")) { return [] }
    // Participle or coordinated verb: the subject of the clause speaks.
    if key.hasSuffix("ing") && (afterComma || previousKey == "as")
      || previousKey == "and" || previousKey == "but"
    {
      let coordinated = previousKey == "and" || previousKey == "but"
      guard let content = bounds.right(from: cue.upperBound, in: frame, takesObject: takesObject),
        let subject = lastSource
          ?? (coordinated ? lastName(before: cue.lowerBound, in: frame) : nil)
          ?? subject(before: previous ?? cue.lowerBound, in: frame)
      else { return [] }
      return [Attribution(content: content, cue: cue, source: subject)]
    }
    // Inverted: `"…," said the official` / `…, says Smith.` — unless `NP, appositive, said`.
    let leftSource = grabber.left(ofCue: cue.lowerBound, in: frame).flatMap {
      QuoteWords.prepositions.contains(tokens[$0.tokens.lowerBound].key) ? nil : $0
    }
    let appositive = leftSource?.appositive != nil
    if afterComma && gate != .afterSubject && !appositive || previous == nil,
      let source = grabber.right(ofCue: cue.upperBound, in: frame),
      endsClause(source, afterQuotation: previous.map { !layout.isOutside($0) } ?? false, in: frame)
    {
      var found: [Attribution] = []
      if let content = bounds.left(ofSource: cue.lowerBound, in: frame) {
        found.append(Attribution(content: content, cue: cue, source: source))
      }
      if let second = splitContinuation(after: source.tokens.upperBound, in: frame) {
        found.append(Attribution(content: second, cue: cue, source: source))
      }
      if !found.isEmpty { return found }
    }

    guard var source = leftSource, gate != .afterSubject || !key.hasSuffix("ing"),
      tokens[source.tokens.lowerBound].kind != .possessive
    else {
      return []
    }
    let thatFollows = cue.upperBound < frame.upperBound && tokens[cue.upperBound].key == "that"
    if gate == .afterSubject, !namesSomeone(source), !thatFollows { return [] }
    if source.kind == .relative {
      var before = source.tokens.lowerBound
      if before > frame.lowerBound, isCommaOrCloser(before - 1) { before -= 1 }
      guard let antecedent = grabber.phrase(endingBefore: before, in: frame) else { return [] }
      source.tokens = antecedent.tokens
      source.kind = antecedent.kind
    }
    let right = bounds.right(from: cue.upperBound, in: frame, takesObject: takesObject)
    let left = bounds.left(ofSource: source.tokens.lowerBound, in: frame)
    if let left, endsWithQuotation(left) {
      var found = [Attribution(content: left, cue: cue, source: source)]
      if let second = splitContinuation(after: cue.upperBound, in: frame) {
        found.append(Attribution(content: second, cue: cue, source: source))
      }
      return found
    }
    if right == nil, let left {
      // `Back home, Smith said, he changed his mind`: the content runs on after the clause.
      var found = [Attribution(content: left, cue: cue, source: source)]
      if let rest = clauseContinuation(after: cue.upperBound, in: frame) {
        found.append(Attribution(content: rest, cue: cue, source: source))
      }
      return found
    }
    return right.map { [Attribution(content: $0, cue: cue, source: source)] } ?? []
  }

  /// The second part of a split quote in the same frame: `SRC CUE [time], "C2…"`.
  private func splitContinuation(after start: Int, in frame: Range<Int>) -> Range<Int>? {
    var index = start
    while index < frame.upperBound, index - start < 6, layout.isOutside(index) {
      if tokens[index].key == "." { return nil }
      index += 1
    }
    guard index < frame.upperBound, index > start, !layout.isOutside(index),
      isCommaOrCloser(index - 1) || tokens[index - 1].key == ":"
    else { return nil }
    let span = layout.spanOfToken[index]
    return layout.spanTokens[span]
  }

  /// An inverted source ends its clause: the frame ends or punctuation follows; a preposition
  /// or a time word may follow a name or a source right after a quotation ("said Jane Roe on a
  /// call with analysts").
  private func endsClause(_ source: SourcePhrase, afterQuotation: Bool, in frame: Range<Int>)
    -> Bool
  {
    let end = source.tokens.upperBound
    guard end < frame.upperBound else { return true }
    let token = tokens[end]
    guard layout.isOutside(end) else { return false }
    if token.kind == .punctuation || token.kind == .dash { return true }
    let named = source.tokens.contains { tokens[$0].has(.capitalised) } || afterQuotation
    return named
      && (QuoteWords.prepositions.contains(token.key) || QuoteWords.timeWords.contains(token.key))
  }

  /// A source that names someone: a pronoun, or a phrase ending in a capitalised word.
  private func namesSomeone(_ source: SourcePhrase) -> Bool {
    source.kind != .phrase || tokens[source.tokens.upperBound - 1].has(.capitalised)
  }

  /// `Smith: Taxes will rise` (headlines, transcripts): a short capitalised source and a colon
  /// opening a paragraph's first sentence; the rest of the sentence is the content.
  func colonHeadline(_ frame: Range<Int>, opensParagraph: Bool) -> Attribution? {
    guard opensParagraph else { return nil }
    var colon = frame.lowerBound
    while colon < frame.upperBound, colon - frame.lowerBound < 4, layout.isOutside(colon),
      tokens[colon].kind == .word && tokens[colon].has(.capitalised)
    {
      colon += 1
    }
    guard colon > frame.lowerBound, colon + 1 < frame.upperBound, layout.isOutside(colon),
      tokens[colon].key == ":", !QuoteWords.labels.contains(tokens[frame.lowerBound].key)
    else { return nil }
    let content = (colon + 1)..<frame.upperBound
    guard content.count >= 3 else { return nil }
    return Attribution(
      content: content, cue: colon..<colon + 1,
      source: SourcePhrase(tokens: frame.lowerBound..<colon, kind: .phrase))
  }

  /// `The Times reports:` closing a paragraph: the source of a cue that leads into the quotation
  /// opening the next paragraph.
  func colonLeadIn(_ frame: Range<Int>) -> Attribution? {
    guard let last = frame.last, layout.isOutside(last), tokens[last].key == ":" else {
      return nil
    }
    for index in frame where layout.isOutside(index) && tokens[index].kind == .word {
      guard CueLexicon.gate(of: tokens[index].key) != nil, !isBlocked(index),
        let source = grabber.left(ofCue: index, in: frame), source.kind != .relative
      else { continue }
      return Attribution(content: last..<last, cue: index..<index + 1, source: source)
    }
    return nil
  }

  /// `SRC put it bluntly: "…"`: a quotation after a colon, spoken by the clause's subject.
  func colonQuotation(_ span: Range<Int>, in frame: Range<Int>) -> Attribution? {
    let colon = span.lowerBound - 1
    guard colon > frame.lowerBound, layout.isOutside(colon), tokens[colon].key == ":",
      let source = lastName(before: colon, in: frame) ?? subject(before: colon, in: frame)
    else { return nil }
    return Attribution(content: span, cue: colon..<span.lowerBound, source: source)
  }

  /// The rest of a sentence after a parenthetical reporting clause: `, CONTENT` up to its end.
  private func clauseContinuation(after start: Int, in frame: Range<Int>) -> Range<Int>? {
    var index = start
    while index < frame.upperBound, index - start < 3, layout.isOutside(index),
      QuoteWords.timeWords.contains(tokens[index].key)
    {
      index += 1
    }
    guard index + 1 < frame.upperBound, isCommaOrCloser(index), layout.isOutside(index + 1),
      tokens[index + 1].kind == .word,
      !QuoteWords.contentEnders.contains(tokens[index + 1].key),
      !tokens[index + 1].key.hasSuffix("ing")
    else { return nil }
    let end = bounds.clauseEnd(from: index + 1, in: frame)
    return end - (index + 1) >= 3 ? (index + 1)..<end : nil
  }

  /// The clause subject that a participle ("…, saying") or a coordinated verb ("and said")
  /// reports for: the last name before it that is not after a preposition, else the frame's
  /// first noun phrase.
  private func subject(before limit: Int, in frame: Range<Int>) -> SourcePhrase? {
    var start = frame.lowerBound
    while start < limit,
      !layout.isOutside(start) || tokens[start].kind != .word
        || ["but", "and", "still", "however", "yet", "so"].contains(tokens[start].key)
    {
      start += 1
    }
    if start < limit,
      QuoteWords.prepositions.contains(tokens[start].key)
        || QuoteWords.timeWords.contains(tokens[start].key)
        || ["when", "while", "as", "after", "before", "if"].contains(tokens[start].key)
    {
      if let comma = (start..<limit).first(where: {
        tokens[$0].key == "," && layout.isOutside($0)
      }) {
        start = comma + 1
      }
    }
    guard start < limit, var phrase = grabber.right(ofCue: start, in: start..<limit) else {
      return nil
    }
    if phrase.kind == .pronoun { return phrase }
    // `The company's president, Frank Moyer, defended…`: keep the appositive name.
    let after = phrase.tokens.upperBound
    if after < limit, tokens[after].key == ",",
      let close = (after + 1..<min(limit, after + 8)).first(where: { tokens[$0].key == "," })
    {
      phrase.appositive = after + 1..<close
    }
    let key = tokens[phrase.tokens.lowerBound].key
    return QuoteWords.clauseStops.contains(key) ? nil : phrase
  }

  /// The last name before `limit` in the frame that can be a subject: outside marks, not
  /// possessive, not right after a preposition.
  private func lastName(before limit: Int, in frame: Range<Int>) -> SourcePhrase? {
    var index = limit - 1
    while index >= frame.lowerBound {
      let entity = entityOfToken[index]
      guard entity >= 0, layout.isOutside(index) else {
        index -= 1
        continue
      }
      var start = index
      while start > frame.lowerBound, entityOfToken[start - 1] == entity { start -= 1 }
      let possessive = index + 1 < tokens.count && tokens[index + 1].kind == .possessive
      // Titles before the name do not hide a preposition ("to Foreign Minister Jo Doe").
      var before = start - 1
      while before > frame.lowerBound,
        tokens[before].has(.capitalised)
          || tokens[before].key == "of" && tokens[before - 1].has(.capitalised)
      {
        before -= 1
      }
      let afterPreposition =
        before >= frame.lowerBound && QuoteWords.prepositions.contains(tokens[before].key)
        && !QuoteWords.clauseStops.contains(tokens[before].key)
      if !possessive && !afterPreposition {
        return SourcePhrase(tokens: start..<index + 1, kind: .phrase)
      }
      index = start - 1
    }
    return nil
  }

  private func isCommaOrCloser(_ index: Int) -> Bool {
    if !layout.isOutside(index) { return tokens[index].kind == .quoteMark }
    return tokens[index].kind == .punctuation && tokens[index].key == ","
  }

  /// Whether content ends with a quotation that reads as speech (not a title or a scare quote).
  private func endsWithQuotation(_ range: Range<Int>) -> Bool {
    var last = range.upperBound - 1
    while last > range.lowerBound, layout.isOutside(last), tokens[last].kind == .punctuation {
      last -= 1
    }
    let span = layout.spanOfToken[last]
    return span >= 0 && layout.isSpeechLike(span, in: tokens)
  }
}
