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

  /// What to look for: the folded query. A hit covers `pattern(…).count` text scalars.
  static func pattern(_ query: String) -> [Unicode.Scalar] {
    Array(FoldedText.fold(query).unicodeScalars)
  }

  /// Scalar offsets in `haystack` (folded with `foldedScalars`) where `pattern` starts, not
  /// overlapping; only the first one with `firstOnly`.
  static func matches(
    of pattern: [Unicode.Scalar], in haystack: [Unicode.Scalar], firstOnly: Bool = false
  ) -> [Int] {
    guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
    return haystack.withUnsafeBufferPointer { text in
      pattern.withUnsafeBufferPointer { word in
        var found: [Int] = []
        var start = 0
        let last = text.count - word.count
        while start <= last {
          var matched = 0
          while matched < word.count && text[start + matched] == word[matched] { matched += 1 }
          if matched == word.count {
            found.append(start)
            if firstOnly { break }
            start += word.count
          } else {
            start += 1
          }
        }
        return found
      }
    }
  }

  private static func foldASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
  }
}
