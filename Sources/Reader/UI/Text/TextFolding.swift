import Model

/// Finds search hits by scalar offset: the text is folded the corpus's way (`FoldedText`), one
/// folded scalar per original scalar, so a hit's position is an offset into the article text.
enum TextFolding {
  static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
    var cache: [Unicode.Scalar: Unicode.Scalar] = [:]
    return text.unicodeScalars.map { scalar in
      if scalar.isASCII { return foldASCII(scalar) }
      if let known = cache[scalar] { return known }
      let folded = FoldedText.fold(String(scalar)).unicodeScalars
      let result = folded.count == 1 ? folded[folded.startIndex] : scalar
      cache[scalar] = result
      return result
    }
  }

  /// Scalar offsets in `haystack` (folded with `foldedScalars`) where `needle` starts.
  static func matches(of needle: String, in haystack: [Unicode.Scalar]) -> [Int] {
    let pattern = Array(FoldedText.fold(needle).unicodeScalars)
    guard let head = pattern.first, pattern.count <= haystack.count else { return [] }
    var found: [Int] = []
    var start = 0
    while start + pattern.count <= haystack.count {
      if haystack[start] == head, haystack[start..<start + pattern.count].elementsEqual(pattern) {
        found.append(start)
        start += pattern.count
      } else {
        start += 1
      }
    }
    return found
  }

  /// Length in scalars of the folded needle: how many text scalars a hit covers.
  static func length(of needle: String) -> Int {
    FoldedText.fold(needle).unicodeScalars.count
  }

  private static func foldASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
  }
}
