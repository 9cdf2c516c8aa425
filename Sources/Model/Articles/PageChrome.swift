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

  /// A cheap necessary condition for `isChrome`, on a line without surrounding white space,
  /// that rules out most body lines without building a string: chrome is short enough to be a
  /// prompt, starts like a credit line, or holds a slash or a spaced dash.
  static func mayBeChrome(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var end = line.endIndex
    while end > line.startIndex, ":.…".unicodeScalars.contains(line[end - 1]) { end -= 1 }
    if end - line.startIndex <= longestPrompt { return true }
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

  /// Whether a line's first scalar, lowercased, is the first of some credit prefix.
  private static func startsLikeCredit(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = line.first else { return false }
    let lowered = first.properties.lowercaseMapping.unicodeScalars.first ?? first
    return creditInitials.contains(lowered)
  }

  private static let creditInitials = Set(creditPrefixes.compactMap(\.unicodeScalars.first))

  /// Whether one line of text (without its line end) is page chrome.
  public static func isChrome(_ line: String) -> Bool {
    guard line.unicodeScalars.count <= maximumLength else { return false }
    var key = line.trimmingWhitespace().lowercased()
    if key.isEmpty { return false }
    while let last = key.last, ":.…".contains(last) { key.removeLast() }
    if prompts.contains(key) { return true }
    if creditPrefixes.contains(where: key.hasPrefix) { return true }
    return isPhotoCredit(key)
  }

  /// "Name / AFP - Getty Images": a short line with a slash and a picture agency, no sentence.
  static func isPhotoCredit(_ key: String) -> Bool {
    guard key.count <= 90, key.contains("/") || key.contains(" - ") else { return false }
    if let last = key.last, ".!?\"”".contains(last) { return false }
    return agencies.contains { agency in
      key.contains("/ \(agency)") || key.contains("- \(agency)")
        || key.hasSuffix(agency)
          && key.contains("/")
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
