/// What a token is: the scanner's coarse classes, enough for the entity and quote layers.
public enum TokenKind: UInt8, Sendable, Hashable {
  /// Letters, with inner hyphens and apostrophes ("Al-Assad", "O'Brien", "couldn't"), and for
  /// abbreviations, dotted acronyms and initials their final period ("Mr.", "U.S.", "J.").
  case word
  /// Digits with inner separators and a letter suffix ("70,000", "3.5", "1990s", "10th").
  case number
  /// Sentence and clause punctuation: . , ; : ! ? ( ) [ ] { }
  case punctuation
  /// A quotation mark, double (" “ ” „ « ») or single (‘ ’ ' used as a mark); see `TokenFlags`.
  case quoteMark
  /// The possessive ending "'s" / "’s", or a lone "'" after a plural ("officials'").
  case possessive
  /// An em or en dash, a spaced hyphen or "--".
  case dash
  /// "…" or "...".
  case ellipsis
  /// Anything else: $, %, &, /, @, # …
  case symbol
}

/// Per-token facts the scanner and the sentence splitter record once.
public struct TokenFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// The first letter is upper case ("Kerry", "U.S.", "McCain").
  public static let capitalised = TokenFlags(rawValue: 1 << 0)
  /// Every letter is upper case and there are at least two ("NATO", "U.S.").
  public static let allCaps = TokenFlags(rawValue: 1 << 1)
  /// The first word or number of its sentence (after any opening marks).
  public static let sentenceInitial = TokenFlags(rawValue: 1 << 2)
  /// White space precedes the token (or it starts its paragraph).
  public static let spaceBefore = TokenFlags(rawValue: 1 << 3)
  /// A line break precedes the token inside its paragraph.
  public static let lineBreakBefore = TokenFlags(rawValue: 1 << 4)
  /// The word ends with a period that belongs to it ("Mr.", "U.S.", "Jan.", "J.").
  public static let abbreviation = TokenFlags(rawValue: 1 << 5)
  /// A single capital letter with its period ("J." in "J. Smith").
  public static let initial = TokenFlags(rawValue: 1 << 6)
  /// The word holds an inner hyphen ("Jean-Luc", "ramped-up").
  public static let hyphenated = TokenFlags(rawValue: 1 << 7)
  /// A quotation mark that opens a span.
  public static let opening = TokenFlags(rawValue: 1 << 8)
  /// A quotation mark that closes a span.
  public static let closing = TokenFlags(rawValue: 1 << 9)
  /// A double quotation mark (as opposed to a single one).
  public static let double = TokenFlags(rawValue: 1 << 10)
  /// The token lies in a sentence written in headline case or all capitals, where a capital
  /// letter says little about names.
  public static let headlineCase = TokenFlags(rawValue: 1 << 11)
}

/// One token of an article: its class, its scalar range in `Article.text`, flags and lookup key.
public struct Token: Sendable, Hashable {
  public var kind: TokenKind
  /// Scalar offset of the first scalar in the article text.
  public var start: Int
  /// Scalar offset one past the last scalar.
  public var end: Int
  public var flags: TokenFlags
  /// Lower-cased form for lexicon lookups, with curly apostrophes and dashes folded to ASCII
  /// ("o'brien", "u.s.", "'s"); for quotation marks `"` or `'`.
  public var key: String
  /// Index into `Document.paragraphs`.
  public var paragraph: Int
  /// Index into `Document.sentences`.
  public var sentence: Int

  public var range: Range<Int> { start..<end }

  public func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }

  /// A word or number token (not punctuation or a mark).
  public var isWordLike: Bool { kind == .word || kind == .number }
}
