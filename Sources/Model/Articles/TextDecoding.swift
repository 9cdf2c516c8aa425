/// Turns a file's bytes into text: UTF-8 (BOM removed), UTF-16 with a BOM, otherwise
/// Windows-1252; CRLF and lone CR become LF. Refuses empty and binary content.
public enum TextDecoding {
  /// Why bytes are not text.
  public enum Failure: Error, Sendable, Equatable {
    case empty
    case binary

    public var message: String {
      switch self {
      case .empty: "empty file"
      case .binary: "binary content (NUL bytes), not text"
      }
    }
  }

  public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
    let decoded: String
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      decoded = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      decoded = utf16(bytes.dropFirst(2), bigEndian: false)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      decoded = utf16(bytes.dropFirst(2), bigEndian: true)
    } else if bytes.contains(0) {
      throw .binary
    } else if let utf8 = String(validating: bytes, as: UTF8.self) {
      decoded = utf8
    } else {
      decoded = windows1252(bytes)
    }
    let text = normalizingLineEnds(decoded)
    if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw .empty }
    return text
  }

  /// Whether the first bytes of a file look like text rather than an image or archive.
  public static func looksLikeText(_ prefix: [UInt8]) -> Bool {
    if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return true }
    return !prefix.contains(0)
  }

  static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Code points of Windows-1252 bytes 0x80–0x9F; the five undefined ones keep their C1 value.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func windows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  static func normalizingLineEnds(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
    var scalars = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        scalars.append("\n")
        previousWasCR = true
        continue
      }
      if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
      previousWasCR = false
    }
    return String(scalars)
  }
}
