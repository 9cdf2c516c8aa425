import Foundation

/// Case- and diacritic-insensitive forms of text, used for every corpus comparison: speaker
/// names, lookups, entity filters and search ("Sergéy" and "sergey" fold to the same key).
///
/// Folding works on UTF-8 bytes: ASCII is lowercased in place, other characters are folded once
/// each through Foundation and remembered, so folding a whole corpus stays cheap.
public enum FoldedText {
  /// The text lowercased, without diacritics, with typographic quotes and dashes made plain.
  public static func fold(_ text: String) -> String {
    var folder = Folder()
    return String(decoding: folder.bytes(text), as: UTF8.self)
  }

  /// The folded text's words: maximal runs of letters and digits.
  public static func words(_ text: String) -> [String] {
    var folder = Folder()
    let bytes = folder.bytes(text)
    return wordRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  /// Whether a byte of folded text belongs to a word: ASCII letters and digits, and every
  /// byte of a non-ASCII character (folding has made non-ASCII punctuation ASCII).
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// The ranges of the words of folded bytes.
  static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    bytes.withUnsafeBytes { buffer in forEachWord(in: buffer) { ranges.append($0) } }
    return ranges
  }

  /// Calls `body` with the range of each word of folded bytes, in order.
  @inline(__always)
  static func forEachWord(in bytes: UnsafeRawBufferPointer, _ body: (Range<Int>) -> Void) {
    var start = -1
    for index in 0..<bytes.count {
      if isWordByte(bytes[index]) {
        if start < 0 { start = index }
      } else if start >= 0 {
        body(start..<index)
        start = -1
      }
    }
    if start >= 0 { body(start..<bytes.count) }
  }

  /// Folds many texts, remembering how each non-ASCII character folds.
  struct Folder {
    private var cache: [Unicode.Scalar: [UInt8]] = [:]

    /// The folded text as UTF-8 bytes.
    mutating func bytes(_ text: String) -> [UInt8] {
      var output: [UInt8] = []
      output.reserveCapacity(text.utf8.count)
      append(text, to: &output)
      return output
    }

    /// Appends the folded text's UTF-8 bytes to `output`.
    mutating func append(_ text: String, to output: inout [UInt8]) {
      var text = text
      text.withUTF8 { utf8 in
        var index = 0
        while index < utf8.count {
          var end = index
          while end < utf8.count, utf8[end] < 0x80 { end += 1 }
          if end > index {
            let start = output.count
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
            output.withUnsafeMutableBufferPointer { folded in
              for position in start..<folded.count where folded[position] &- 0x41 < 26 {
                folded[position] |= 0x20
              }
            }
            index = end
            continue
          }
          let (scalar, length) = Self.scalar(in: utf8, at: index)
          output += folded(scalar)
          index += length
        }
      }
    }

    /// The scalar whose UTF-8 sequence starts at a non-ASCII byte, and the sequence's length.
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int)
      -> (Unicode.Scalar, Int)
    {
      let lead = utf8[index]
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      guard index + length <= utf8.count else { return ("\u{FFFD}", utf8.count - index) }
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
      return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private mutating func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
      let value = Int(scalar.value)
      if value >= 0x80, value - 0x80 < FoldedText.latin.count {
        return FoldedText.latin[value - 0x80]
      }
      if let known = cache[scalar] { return known }
      let bytes = FoldedText.folded(scalar)
      cache[scalar] = bytes
      return bytes
    }
  }

  /// How U+0080…U+024F (Latin-1 and Latin Extended) fold, worked out once.
  static let latin: [[UInt8]] = (0x80...0x24F).map { value in
    Unicode.Scalar(UInt32(value)).map(folded) ?? []
  }

  /// How one scalar folds.
  static func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
    let result: String
    switch scalar.value {
    case 0x2018, 0x2019, 0x201B, 0x2032: result = "'"
    case 0x201C, 0x201D, 0x201F, 0x2033, 0x00AB, 0x00BB: result = "\""
    case 0x2010...0x2015, 0x2212: result = "-"
    case 0x00A0, 0x2007, 0x202F, 0x2028, 0x2029: result = " "
    default:
      result = String(Character(scalar)).folding(
        options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
      ).lowercased()
    }
    return Array(result.utf8)
  }
}
