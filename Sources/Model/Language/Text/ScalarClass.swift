/// Character classes of single Unicode scalars, with fast paths for ASCII, Latin-1 and the
/// General Punctuation block (curly quotes, dashes), whose classes are fixed by the standard.
enum ScalarClass {
  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 {
      return (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }
    if c.value < 0x100 {
      return (c.value >= 0xC0 && c.value != 0xD7 && c.value != 0xF7) || c.value == 0xAA
        || c.value == 0xB5 || c.value == 0xBA
    }
    if isGeneralPunctuation(c) { return false }
    return c.properties.isAlphabetic
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
    if c.value < 0x100 || isGeneralPunctuation(c) { return false }
    return c.properties.numericType == .decimal
  }

  /// A combining mark that belongs to the letter before it (e + U+0301).
  static func isCombining(_ c: Unicode.Scalar) -> Bool {
    c.value >= 0x300 && !isGeneralPunctuation(c)
      && c.properties.generalCategory == .nonspacingMark
  }

  static func isUpper(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
    if isGeneralPunctuation(c) { return false }
    return c.properties.isUppercase
  }

  static func isLower(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 0x61 && c.value <= 0x7A }
    if isGeneralPunctuation(c) { return false }
    return c.properties.isLowercase
  }

  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c == " " || (c.value >= 0x09 && c.value <= 0x0D) }
    if isGeneralPunctuation(c) {
      return c.value <= 0x200A || c.value == 0x2028 || c.value == 0x2029 || c.value == 0x202F
        || c.value == 0x205F
    }
    return c.properties.isWhitespace
  }

  /// U+2000–U+206F: spaces, dashes, quotation marks and other punctuation; no letters, digits
  /// or marks.
  private static func isGeneralPunctuation(_ c: Unicode.Scalar) -> Bool {
    c.value >= 0x2000 && c.value <= 0x206F
  }

  static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
    c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}"
  }

  /// Straight and curly apostrophes.
  static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{02BC}"
  }

  /// Hyphens that may join two parts of a word.
  static func isHyphen(_ c: Unicode.Scalar) -> Bool {
    c == "-" || c == "\u{2010}" || c == "\u{2011}"
  }

  static func isDash(_ c: Unicode.Scalar) -> Bool {
    c == "\u{2014}" || c == "\u{2013}" || c == "\u{2015}" || c == "\u{2012}"
  }

  /// Double quotation marks and guillemets.
  static func isDoubleQuote(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": true
    default: false
    }
  }

  /// Single quotation marks (the straight one and ’ double as apostrophes).
  static func isSingleQuote(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2039}", "\u{203A}": true
    default: false
    }
  }

  /// Marks that always open a span; ” ’ » › always close one.
  static func isOpeningMark(_ c: Unicode.Scalar) -> Bool {
    c == "\u{201C}" || c == "\u{2018}" || c == "\u{201E}" || c == "\u{201A}" || c == "\u{00AB}"
      || c == "\u{2039}" || c == "\u{201F}" || c == "\u{201B}"
  }

  static func isClosingMark(_ c: Unicode.Scalar) -> Bool {
    c == "\u{201D}" || c == "\u{2019}" || c == "\u{00BB}" || c == "\u{203A}"
  }

  static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\u{00BF}", "\u{00A1}": true
    default: false
    }
  }

  /// Appends the UTF-8 bytes of `c`.
  static func appendUTF8(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
    if c.value < 0x80 {
      bytes.append(UInt8(c.value))
    } else {
      UTF8.encode(c) { bytes.append($0) }
    }
  }

  /// Appends the lower-case, ASCII-folded form of `c` to a lookup key, as UTF-8.
  static func appendKey(_ c: Unicode.Scalar, to key: inout [UInt8]) {
    if c.value < 0x80 {
      let value = UInt8(c.value)
      key.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
    } else if isApostrophe(c) {
      key.append(0x27)
    } else if isHyphen(c) {
      key.append(0x2D)
    } else if c.properties.changesWhenLowercased {
      key.append(contentsOf: c.properties.lowercaseMapping.utf8)
    } else {
      appendUTF8(c, to: &key)
    }
  }
}
