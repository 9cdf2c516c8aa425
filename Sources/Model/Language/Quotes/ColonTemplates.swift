/// Reports marked by punctuation rather than a verb alone: `Smith: …` headlines and transcripts,
/// `The Times reports:` before a quoted paragraph, `Smith put it bluntly: "…"`, and a quotation
/// signed with a dash (`"…" ― Jane Roe`).
extension CueTemplates {
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

  /// `"WALLACE: Let's start …` (a quoted transcript): a label in capitals and a colon opening a
  /// quotation name its speaker; the rest of the quotation is what they said.
  func transcriptLine(_ span: Range<Int>) -> Attribution? {
    var colon = span.lowerBound
    while colon < span.upperBound, tokens[colon].kind == .quoteMark { colon += 1 }
    let label = colon
    while colon < span.upperBound, colon - label < 3, tokens[colon].has(.allCaps) { colon += 1 }
    guard colon > label, colon + 2 < span.upperBound, tokens[colon].key == ":" else { return nil }
    return Attribution(
      content: (colon + 1)..<span.upperBound, cue: colon..<colon + 1,
      source: SourcePhrase(tokens: label..<colon, kind: .phrase))
  }

  /// `"…" ― Jane Roe`: a quotation followed by a dash and a name that ends the sentence
  /// (`frame` is the paragraph: the splitter may start a sentence at the dash).
  func dashSignature(_ span: Range<Int>, in frame: Range<Int>) -> Attribution? {
    let dash = span.upperBound
    guard dash + 1 < frame.upperBound, layout.isOutside(dash), tokens[dash].kind == .dash else {
      return nil
    }
    var end = dash + 1
    while end < frame.upperBound, end - dash <= 5, layout.isOutside(end),
      tokens[end].has(.capitalised) || tokens[end].has(.initial)
    {
      end += 1
    }
    let endsSentence =
      end == frame.upperBound || tokens[end].kind == .punctuation && tokens[end].key != ","
      || tokens[end].has(.lineBreakBefore) || !layout.isOutside(end)
    guard end > dash + 1, endsSentence else { return nil }
    return Attribution(
      content: span, cue: dash..<dash + 1,
      source: SourcePhrase(tokens: dash + 1..<end, kind: .phrase))
  }
}
