import Foundation

/// Folds text for matching that ignores case and accents: "Pérez" and "perez" fold the same.
enum TextFolding {
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// One folded scalar per scalar of `text`, so a match's position is a scalar offset into
  /// `text`. Combining marks fold to nothing useful and are kept as they are.
  static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.map(foldScalar)
  }

  static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.isASCII {
      return (0x41...0x5A).contains(scalar.value)
        ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
    let folded = fold(String(scalar)).unicodeScalars
    return folded.count == 1 ? folded[folded.startIndex] : scalar
  }

  /// Scalar offsets in `haystack` (folded with `foldedScalars`) where `needle` starts.
  static func matches(of needle: String, in haystack: [Unicode.Scalar]) -> [Int] {
    let pattern = Array(fold(needle).unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
    var found: [Int] = []
    var start = 0
    while start + pattern.count <= haystack.count {
      if haystack[start] == pattern[0], haystack[start..<start + pattern.count].elementsEqual(pattern)
      {
        found.append(start)
        start += pattern.count
      } else {
        start += 1
      }
    }
    return found
  }
}
