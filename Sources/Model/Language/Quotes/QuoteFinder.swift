/// Finds every quotation of an article with its speaker, in one forward pass over its frames.
///
/// Templates around reporting cues give direct, mixed and indirect quotes; quotations no cue
/// governs inherit the speaker of the quote just before them (a run of quotes, a quote that
/// continues into the next paragraph) or of the next attributed quote in their paragraph. Short
/// quotations and titles that no cue governs are scare quotes, not speech.
public enum QuoteFinder {
  /// The quotes of a document whose entities the entity layer found.
  public static func find(in document: Document, entities: EntityAnalysis) -> [Quote] {
    let index = EntityIndex(analysis: entities, tokenCount: document.tokens.count)
    var run = QuoteRun(document: document, index: index)
    return run.quotes()
  }

  /// The quotes of a document with entities given as bare values (their mentions locate them).
  public static func find(in document: Document, entities: [Entity]) -> [Quote] {
    var run = QuoteRun(
      document: document, index: EntityIndex(document: document, entities: entities))
    return run.quotes()
  }
}

/// The state of one article's pass: drafts found so far and which quotations they cover.
private struct QuoteRun {
  /// A quote before ids are given: its kind, scalar span, cue text and speaker.
  struct Draft {
    var kind: QuoteKind
    var range: Range<Int>
    var cue: String?
    var speaker: Speaker?
  }

  let document: Document
  let layout: QuoteLayout
  let templates: CueTemplates
  let builder: QuoteBuilder
  var sieve: SpeakerSieve
  var drafts: [Draft] = []
  var seen: Set<Range<Int>> = []
  var covered: [Bool]
  /// Speaker and paragraph of the last quote with a speaker.
  var last: (speaker: Speaker, paragraph: Int)?
  /// A cue and source ending a paragraph with a colon, waiting for the next paragraph's quote.
  var leadIn: (attribution: Attribution, paragraph: Int)?

  init(document: Document, index: EntityIndex) {
    self.document = document
    layout = QuoteLayout(document: document)
    let speakers = index.entityOfToken.map { entity in
      guard entity >= 0 else { return -1 }
      let type = index.entities[entity].type
      return type == .person || type == .organisation ? entity : -1
    }
    templates = CueTemplates(document: document, layout: layout, entityOfToken: speakers)
    builder = QuoteBuilder(document: document, layout: layout)
    sieve = SpeakerSieve(document: document, index: index)
    covered = [Bool](repeating: false, count: layout.spans.count)
  }

  mutating func quotes() -> [Quote] {
    var waiting: [Int] = []  // free quotations of the current paragraph awaiting a speaker
    var paragraph = -1
    for frame in layout.frames {
      let framePargraph = document.tokens[frame.lowerBound].paragraph
      if framePargraph != paragraph {
        settle(&waiting, speaker: nil)
        paragraph = framePargraph
      }
      let opensParagraph = document.paragraphTokens[paragraph].lowerBound == frame.lowerBound
      if let headline = templates.colonHeadline(frame, opensParagraph: opensParagraph) {
        add(headline, paragraph: paragraph)
      }
      for attribution in templates.attributions(in: frame) {
        add(attribution, paragraph: paragraph)
      }
      if !waiting.isEmpty, let speaker = last?.speaker, last?.paragraph == paragraph {
        settle(&waiting, speaker: speaker)
      }
      if let lead = templates.colonLeadIn(frame) { leadIn = (lead, paragraph) }
      for span in freeSpans(in: frame) {
        if let line = templates.transcriptLine(layout.spanTokens[span])
          ?? templates.dashSignature(
            layout.spanTokens[span], in: document.paragraphTokens[paragraph])
        {
          add(line, paragraph: paragraph)
        } else if let colon = templates.colonQuotation(layout.spanTokens[span], in: frame) {
          add(colon, paragraph: paragraph)
        } else if var lead = leadIn?.attribution, startsParagraph(span, after: paragraph - 1),
          leadIn?.paragraph == paragraph - 1
        {
          lead.content = layout.spanTokens[span]
          add(lead, paragraph: paragraph)
        } else if let last,
          last.paragraph == paragraph || startsParagraph(span, after: last.paragraph)
        {
          addFree(span, speaker: last.speaker)
          self.last = (last.speaker, paragraph)
        } else {
          waiting.append(span)
        }
      }
    }
    settle(&waiting, speaker: nil)
    return drafts.sorted { $0.range.lowerBound < $1.range.lowerBound }.enumerated().map {
      let draft = $0.element
      return Quote(
        id: "q\($0.offset + 1)", text: document.string(draft.range), kind: draft.kind,
        start: draft.range.lowerBound, end: draft.range.upperBound, cue: draft.cue,
        speaker: draft.speaker)
    }
  }

  private mutating func add(_ attribution: Attribution, paragraph: Int) {
    for token in attribution.content where !layout.isOutside(token) {
      covered[layout.spanOfToken[token]] = true
    }
    guard let (kind, range) = builder.span(of: attribution.content), seen.insert(range).inserted
    else { return }
    let speaker = attribution.source.flatMap {
      sieve.resolve($0, at: attribution.cue.lowerBound, layout: layout)
    }
    if let speaker { last = (speaker, paragraph) }
    drafts.append(
      Draft(
        kind: kind, range: range, cue: document.string(tokens: attribution.cue),
        speaker: speaker))
  }

  /// Quotations in `frame` that no attribution covered and that are long enough to be speech.
  private func freeSpans(in frame: Range<Int>) -> [Int] {
    var result: [Int] = []
    var token = frame.lowerBound
    while token < frame.upperBound {
      let span = layout.spanOfToken[token]
      guard span >= 0 else {
        token += 1
        continue
      }
      token = max(token + 1, layout.spanTokens[span].upperBound)
      if !covered[span], layout.isSpeechLike(span, in: document.tokens) {
        result.append(span)
      }
    }
    return result
  }

  /// A quotation that opens its paragraph right after a paragraph with an attributed quote, or
  /// reopens a quotation left open there (a quote running over several paragraphs).
  private func startsParagraph(_ span: Int, after paragraph: Int) -> Bool {
    let first = layout.spanTokens[span].lowerBound
    let own = document.tokens[first].paragraph
    let opens = document.paragraphTokens[own].lowerBound == first
    return opens && (own == paragraph + 1 || layout.spans[span].continuesPrevious)
  }

  private mutating func settle(_ waiting: inout [Int], speaker: Speaker?) {
    for span in waiting { addFree(span, speaker: speaker) }
    waiting.removeAll()
  }

  private mutating func addFree(_ span: Int, speaker: Speaker?) {
    covered[span] = true
    let range = builder.directRange(ofSpan: span)
    guard seen.insert(range).inserted else { return }
    drafts.append(Draft(kind: .direct, range: range, cue: nil, speaker: speaker))
    if let speaker {
      sieve.remember(
        speaker, sentence: document.tokens[layout.spanTokens[span].lowerBound].sentence)
    }
  }
}
