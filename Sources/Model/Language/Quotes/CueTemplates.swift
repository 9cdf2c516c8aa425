/// Matches the reporting templates around each cue of a frame and returns its attributions:
/// `SRC CUE [that] CONTENT`, `CONTENT, SRC CUE`, `CONTENT, CUE SRC`, `"C1," SRC CUE, "C2"`,
/// `SRC CUE: "…"`, `…, according to SRC`, and participles or "and said" after a subject.
struct CueTemplates {
  let tokens: [Token]
  let layout: QuoteLayout
  let grabber: SourceGrabber
  let bounds: ContentBounds
  /// For each token, the person or organisation it names, or -1 (see `EntityIndex`).
  let entityOfToken: [Int]

  /// How far back a subject is looked for, in tokens (keeps every cue's work bounded).
  static let reach = 40

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
      guard layout.isOutside(index), tokens[index].kind == .word,
        tokens[index].flags.isDisjoint(with: .capitalised)
          || !tokens[index].flags.isDisjoint(with: [.sentenceInitial, .headlineCase])
      else { continue }
      let key = tokens[index].key
      guard let formGate = CueLexicon.gate(of: key), !isBlocked(index) else { continue }
      var cueEnd = index + 1
      var gate = formGate
      if CueLexicon.takesForOrOn(key), cueEnd < frame.upperBound,
        ["for", "on"].contains(tokens[cueEnd].key)
      {
        cueEnd += 1
        gate = .open
      }
      if CueLexicon.takesTopic(key),
        let topic = (cueEnd..<min(frame.upperBound, cueEnd + 4)).first(where: {
          ["about", "of"].contains(tokens[$0].key)
        }), (cueEnd..<topic).allSatisfy({ layout.isOutside($0) && tokens[$0].kind == .word })
      {
        // `spoke out Tuesday about the death of …`: the topic is what was said.
        cueEnd = topic + 1
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
  func isBlocked(_ index: Int) -> Bool {
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
      while start < frame.upperBound, start - source.tokens.upperBound < SourceGrabber.limit,
        !(tokens[start].key == "," && layout.isOutside(start))
      {
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
    let participleLead = ["as", "by", "after", "before", "while", "when", "without"]
    if key.hasSuffix("ing") && (afterComma || previousKey.map(participleLead.contains) == true)
      || previousKey == "and" || previousKey == "but"
    {
      let coordinated = previousKey == "and" || previousKey == "but"
      guard let content = bounds.right(from: cue.upperBound, in: frame, takesObject: takesObject)
      else { return [] }
      let source =
        lastSource ?? (coordinated ? lastName(before: cue.lowerBound, in: frame) : nil)
        ?? subject(before: previous ?? cue.lowerBound, in: frame)
        ?? grabber.left(ofCue: cue.lowerBound, in: frame)
      return source.map { [Attribution(content: content, cue: cue, source: $0)] } ?? []
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

    // `tweets early Friday saying …`: a participle with no phrase before it reports for the
    // clause's subject.
    let nounBefore = leftSource.map { !namesSomeone($0) } ?? true
    let participleSubject =
      key.hasSuffix("ing") && nounBefore ? subject(before: cue.lowerBound, in: frame) : nil
    guard var source = participleSubject ?? leftSource,
      gate != .afterSubject || !key.hasSuffix("ing"),
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
    let subordinate = left.map { opensSubordinateClause($0) } ?? false
    if right == nil || subordinate, let left {
      // `Back home, Smith said, he changed his mind`; `When it failed, he said, "we wept."`:
      // the content runs on after the reporting clause.
      // A subordinate clause alone is no report: keep it only without a main clause.
      let rest =
        right ?? clauseContinuation(after: cue.upperBound, in: frame, mainClause: subordinate)
      let parts = subordinate ? [rest ?? left] : [left] + (rest.map { [$0] } ?? [])
      return parts.map { Attribution(content: $0, cue: cue, source: source) }
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

  /// Content that is a subordinate clause ("Though the move was smooth", "So when it failed").
  private func opensSubordinateClause(_ content: Range<Int>) -> Bool {
    content.prefix(2).contains {
      QuoteWords.subordinators.contains(tokens[$0].key) && layout.isOutside($0)
    }
  }

  /// The rest of a sentence after a parenthetical reporting clause: `, CONTENT` up to its end.
  /// After a subordinate clause the rest is the main clause, which may open with a gerund.
  private func clauseContinuation(after start: Int, in frame: Range<Int>, mainClause: Bool)
    -> Range<Int>?
  {
    var index = start
    while index < frame.upperBound, index - start < 3, layout.isOutside(index),
      QuoteWords.timeWords.contains(tokens[index].key)
    {
      index += 1
    }
    guard index + 1 < frame.upperBound, isCommaOrCloser(index), layout.isOutside(index + 1),
      tokens[index + 1].kind == .word,
      !QuoteWords.contentEnders.contains(tokens[index + 1].key),
      mainClause || !tokens[index + 1].key.hasSuffix("ing")
    else { return nil }
    let end = bounds.clauseEnd(from: index + 1, in: frame)
    return end - (index + 1) >= 3 ? (index + 1)..<end : nil
  }

  func isCommaOrCloser(_ index: Int) -> Bool {
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
