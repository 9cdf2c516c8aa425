import Model

/// A 128-bit fingerprint of everything the language engine reads in an article (title, text,
/// paragraph layout), used as the cache key: equal fingerprints mean the same analysis.
enum ContentHash {
  static func of(_ article: Article) -> String {
    var hasher = WordHasher()
    hasher.feed(article.title)
    hasher.feed(article.text)
    for paragraph in article.paragraphs {
      hasher.feed(UInt64(truncatingIfNeeded: paragraph.start))
      hasher.feed(UInt64(truncatingIfNeeded: paragraph.end))
      hasher.feed(paragraph.kind.rawValue)
    }
    return hasher.hex()
  }
}

/// Two independent 64-bit multiply-rotate lanes fed eight bytes at a time, with a final
/// avalanche: fast on long texts, stable across runs and machines (unlike `Hasher`).
private struct WordHasher {
  private var lanes: (UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F)
  private var length: UInt64 = 0

  mutating func feed(_ word: UInt64) {
    lanes.0 = ((lanes.0 ^ word) &* 0x8794_45DD_F25F_5C93).rotatedLeft(by: 29)
    lanes.1 = ((lanes.1 ^ word.rotatedLeft(by: 17)) &* 0xD6E8_FEB8_6659_FD93).rotatedLeft(by: 31)
    length &+= 1
  }

  mutating func feed(_ string: String) {
    var copy = string
    copy.withUTF8 { bytes in
      var offset = 0
      while offset + 8 <= bytes.count {
        feed(
          UInt64(
            littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
              fromByteOffset: offset, as: UInt64.self)))
        offset += 8
      }
      var tail: UInt64 = 0
      for (shift, byte) in bytes[offset...].enumerated() {
        tail |= UInt64(byte) << (8 * UInt64(shift))
      }
      feed(tail ^ (UInt64(bytes.count) << 56))
    }
  }

  func hex() -> String {
    let first = Self.avalanche(lanes.0 ^ length)
    let second = Self.avalanche(lanes.1 ^ first)
    return Self.hex(first) + Self.hex(second)
  }

  private static func avalanche(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x = x &* 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x = x &* 0xC4CE_B9FE_1A85_EC53
    x ^= x >> 33
    return x
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

extension UInt64 {
  fileprivate func rotatedLeft(by amount: UInt64) -> UInt64 {
    (self << amount) | (self >> (64 - amount))
  }
}
