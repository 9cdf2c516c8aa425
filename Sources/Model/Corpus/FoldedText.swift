import Foundation

/// Case- and diacritic-insensitive forms of text, used for every corpus comparison: speaker
/// names, lookups, entity filters and search ("Sergéy" and "sergey" fold to the same key).
public enum FoldedText {
  /// The text lowercased, without diacritics, with typographic quotes and dashes made plain.
  public static func fold(_ text: String) -> String {
    var folder = Folder()
    return folder.fold(text)
  }

  /// The folded text's words: maximal runs of letters and digits.
  public static func words(_ text: String) -> [String] {
    fold(text).split(whereSeparator: { !isWordCharacter($0) }).map(String.init)
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  /// Folds many texts, remembering how each non-ASCII scalar folds.
  struct Folder {
    private var cache: [Unicode.Scalar: String] = [:]

    mutating func fold(_ text: String) -> String {
      var output = String.UnicodeScalarView()
      for scalar in text.unicodeScalars {
        let value = scalar.value
        if value < 0x80 {
          let lowered = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
          output.append(Unicode.Scalar(UInt8(lowered)))
        } else {
          output.append(contentsOf: folded(scalar).unicodeScalars)
        }
      }
      return String(output)
    }

    private mutating func folded(_ scalar: Unicode.Scalar) -> String {
      if let known = cache[scalar] { return known }
      let result: String
      switch scalar.value {
      case 0x2018, 0x2019, 0x201B, 0x2032: result = "'"
      case 0x201C, 0x201D, 0x201F, 0x2033, 0x00AB, 0x00BB: result = "\""
      case 0x2010...0x2015, 0x2212: result = "-"
      case 0x00A0, 0x2007, 0x202F: result = " "
      default:
        result = String(Character(scalar)).folding(
          options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
        ).lowercased()
      }
      cache[scalar] = result
      return result
    }
  }
}
