/// Decodes character references in markup text: named (`&amp;`, `&rsquo;`, …) and numeric
/// (`&#8217;`, `&#x2019;`). Unknown references are left as they are.
public enum MarkupEntities {
  static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "mdash": "\u{2014}", "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
    "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}", "bdquo": "\u{201E}",
    "hellip": "\u{2026}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}",
    "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
    "bull": "\u{2022}", "middot": "\u{B7}", "deg": "\u{B0}", "euro": "\u{20AC}",
    "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}", "para": "\u{B6}",
    "times": "\u{D7}", "divide": "\u{F7}", "frac12": "\u{BD}", "frac14": "\u{BC}",
    "frac34": "\u{BE}", "shy": "\u{AD}", "thinsp": "\u{2009}", "ensp": "\u{2002}",
    "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "iexcl": "\u{A1}",
    "iquest": "\u{BF}", "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó",
    "uacute": "ú", "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú",
    "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù", "Agrave": "À",
    "Egrave": "È", "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
    "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö",
    "Uuml": "Ü", "szlig": "ß", "ntilde": "ñ", "Ntilde": "Ñ", "ccedil": "ç", "Ccedil": "Ç",
    "atilde": "ã", "otilde": "õ", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ",
    "oslash": "ø", "Oslash": "Ø", "yacute": "ý", "yuml": "ÿ",
  ]

  public static func decode(_ text: String) -> String {
    guard text.unicodeScalars.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "&", let (decoded, next) = reference(in: scalars, at: index) {
        result.append(decoded)
        index = next
      } else {
        result.append(scalar)
        index += 1
      }
    }
    return String(result)
  }

  /// The character a reference starting at `start` ("&") stands for, and where it ends.
  static func reference(
    in scalars: [Unicode.Scalar], at start: Int
  ) -> (Unicode.Scalar, Int)? {
    var end = start + 1
    while end < scalars.count, end - start <= 10, scalars[end] != ";" { end += 1 }
    guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[(start + 1)..<end])
    let body = String(view)
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, value != 0, let decoded = Unicode.Scalar(value) else { return nil }
      return (decoded, end + 1)
    }
    guard let decoded = named[body] else { return nil }
    return (decoded, end + 1)
  }
}
