/// How one quotation mark in a text can act: which family it belongs to and which way it faces.
struct QuoteMark: Sendable, Hashable {
  /// Double marks are the quotation marks of news style; single marks are used by some articles
  /// (British style) and are otherwise apostrophes.
  enum Family: Sendable, Hashable {
    case double
    case single
  }

  /// Whether the mark opens a quotation, closes one, or cannot be told from its neighbours.
  enum Direction: Sendable, Hashable {
    case opener
    case closer
    case ambiguous
  }

  var family: Family
  var direction: Direction
  /// Scalars the mark takes: 2 for a pair of apostrophes used as a double mark ('').
  var length = 1

  /// Classifies the scalar at `index`, or nil when it is no quotation mark at all (an apostrophe
  /// inside a word, a prime after a digit).
  static func classify(_ scalars: [Unicode.Scalar], at index: Int) -> QuoteMark? {
    let scalar = scalars[index]
    let before: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
    let after: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
    switch scalar {
    case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{201F}":
      return QuoteMark(family: .double, direction: .opener)
    case "\u{201D}", "\u{00BB}":
      return QuoteMark(family: .double, direction: .closer)
    case "\"":
      return QuoteMark(family: .double, direction: straightDirection(before: before, after: after))
    case "'" where after == "'":
      let afterPair: Unicode.Scalar? = index + 2 < scalars.count ? scalars[index + 2] : nil
      return QuoteMark(
        family: .double, direction: straightDirection(before: before, after: afterPair), length: 2)
    case "\u{2018}", "\u{2019}", "'":
      return singleMark(scalar, before: before, after: after)
    default:
      return nil
    }
  }

  /// A straight mark opens after a space, a bracket or a dash when a word follows, and closes
  /// before a space, punctuation or the end.
  private static func straightDirection(
    before: Unicode.Scalar?, after: Unicode.Scalar?
  ) -> Direction {
    let openSide = before.map(isOpeningContext) ?? true
    let closeSide = after.map(isClosingContext) ?? true
    if openSide && !closeSide { return .opener }
    if closeSide && !openSide { return .closer }
    return .ambiguous
  }

  /// Single marks: an opener at the start of a word, a closer after punctuation or at the end of a
  /// word that is not a plural possessive; anything inside a word is an apostrophe.
  private static func singleMark(
    _ scalar: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?
  ) -> QuoteMark? {
    let openSide = before.map(isOpeningContext) ?? true
    let closeSide = after.map(isClosingContext) ?? true
    if openSide && !closeSide {
      guard scalar != "\u{2019}", let after, ScalarClass.isLetter(after) else { return nil }
      return QuoteMark(family: .single, direction: .opener)
    }
    if closeSide && !openSide, scalar != "\u{2018}", let before {
      if isSentencePunctuation(before) { return QuoteMark(family: .single, direction: .closer) }
      if before == "s" || before == "S" { return nil }
      return QuoteMark(family: .single, direction: .closer)
    }
    return nil
  }

  static func isOpeningContext(_ scalar: Unicode.Scalar) -> Bool {
    ScalarClass.isSpace(scalar) || "([{\u{2014}\u{2013}-/:".unicodeScalars.contains(scalar)
      || scalar == "\u{201C}" || scalar == "\u{2018}"
  }

  static func isClosingContext(_ scalar: Unicode.Scalar) -> Bool {
    ScalarClass.isSpace(scalar)
      || ",.;:!?)]}\u{2014}\u{2013}-\u{2026}".unicodeScalars.contains(scalar)
      || scalar == "\u{201D}" || scalar == "\u{2019}"
  }

  static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    ",.!?;:\u{2026}".unicodeScalars.contains(scalar)
  }
}
