/// Recognises lines of page furniture copied along with an article: comment and share
/// prompts, photo credits, bylines of picture agencies. They stay in the text but are marked.
public enum PageChrome {
  static let prompts: Set<String> = [
    "discuss as", "comments", "comment", "share", "share this", "share this article",
    "share this story", "tweet", "email", "print", "advertisement", "related",
    "related articles", "related stories", "read more", "sign up", "subscribe", "follow us",
    "skip to content", "loading", "more", "recommended", "top stories", "video", "photos",
    "click to enlarge", "enlarge this image", "toggle caption", "hide caption",
  ]

  static let creditPrefixes = [
    "(photo", "photo:", "photo by", "photograph:", "photograph by", "image:", "image by",
    "credit:", "pictured:", "(image", "(credit", "©", "copyright ",
  ]

  static let agencies = [
    "afp", "getty images", "reuters", "ap photo", "associated press", "epa", "bloomberg",
    "shutterstock", "alamy", "pool", "xinhua", "anadolu", "sipa", "corbis",
  ]

  /// Chrome lines are short: a longer line is body text without looking further.
  public static let maximumLength = 160

  /// The longest prompt, in scalars.
  static let longestPrompt = prompts.map(\.unicodeScalars.count).max() ?? 0

  /// The prompts as bytes (they are ASCII).
  private static let promptBytes = Set(prompts.map { Array($0.utf8) })

  /// A cheap necessary condition for `isChrome`, on a line without surrounding white space,
  /// that rules out most body lines without building a string: chrome is a prompt (checked
  /// here exactly when the line is ASCII), starts like a credit line, or holds a slash or a
  /// spaced dash.
  static func mayBeChrome(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var end = line.endIndex
    while end > line.startIndex, ":.…".unicodeScalars.contains(line[end - 1]) { end -= 1 }
    let body = line[line.startIndex..<end]
    if body.count <= longestPrompt {
      guard body.allSatisfy(\.isASCII) else { return true }
      if promptBytes.contains(lowercasedBytes(body)) { return true }
    }
    if startsLikeCredit(line) { return true }
    for index in line.indices where line[index] == "/" || line[index] == "-" {
      if line[index] == "/" { return true }
      if index > line.startIndex, index + 1 < line.endIndex, line[index - 1] == " ",
        line[index + 1] == " "
      {
        return true
      }
    }
    return false
  }

  /// Whether a line may begin with a credit prefix: its first scalar, lowercased, opens one,
  /// and its first characters are one when they are ASCII (any other is taken as possible).
  private static func startsLikeCredit(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = line.first else { return false }
    let lowered = first.properties.lowercaseMapping.unicodeScalars.first ?? first
    guard creditInitials.contains(lowered) else { return false }
    let head = line.prefix(longestCreditPrefix)
    guard head.allSatisfy(\.isASCII) else { return true }
    let bytes = lowercasedBytes(head)
    return creditPrefixBytes.contains { bytes.starts(with: $0) || $0.starts(with: bytes) }
  }

  /// ASCII scalars as bytes, capitals made small.
  private static func lowercasedBytes(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt8] {
    scalars.map { UInt8($0.value) | ($0.properties.isUppercase ? 0x20 : 0) }
  }

  private static let creditPrefixBytes = creditPrefixes.map { Array($0.utf8) }
  private static let longestCreditPrefix = creditPrefixes.map(\.unicodeScalars.count).max() ?? 0

  private static let creditInitials = Set(creditPrefixes.compactMap(\.unicodeScalars.first))

  /// Whether one line of text (without its line end) is page chrome.
  public static func isChrome(_ line: String) -> Bool {
    guard line.unicodeScalars.count <= maximumLength else { return false }
    var key = line.trimmingWhitespace().lowercased()
    if key.isEmpty { return false }
    while let last = key.last, ":.…".contains(last) { key.removeLast() }
    if prompts.contains(key) { return true }
    // A prefix of ASCII characters matches only the same bytes: test those first.
    if creditPrefixes.contains(where: { key.utf8.starts(with: $0.utf8) && key.hasPrefix($0) }) {
      return true
    }
    return isPhotoCredit(key)
  }

  /// "Name / AFP - Getty Images": a short line with a slash and a picture agency, no sentence.
  /// Byte searches come first: the agencies and separators are ASCII, so a match needs the
  /// same bytes (the string search then confirms it character by character).
  static func isPhotoCredit(_ key: String) -> Bool {
    let bytes = Array(key.utf8)
    let slash = bytes.contains(UInt8(ascii: "/")) && key.contains("/")
    let dash = bytes.contains(Array(" - ".utf8)) && key.contains(" - ")
    guard slash || dash, key.count <= 90 else { return false }
    if let last = key.last, ".!?\"”".contains(last) { return false }
    return agencies.contains { agency in
      bytes.contains(Array(agency.utf8))
        && (key.contains("/ \(agency)") || key.contains("- \(agency)")
          || key.hasSuffix(agency) && slash)
    }
  }
}

extension String {
  /// The string without leading and trailing white space (Unicode-aware, no Foundation).
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
