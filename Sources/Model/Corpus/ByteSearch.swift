import Glibc

/// Finds byte strings in byte buffers: `memchr` to the next place the needle's rarest byte
/// occurs (rarity from a histogram of the text searched), then `memcmp` of the whole needle.
struct ByteSearch {
  private let needle: [UInt8]
  /// Index in the needle of the byte `memchr` looks for.
  private let anchor: Int

  /// - Parameter frequencies: how often each byte value occurs in the texts to search.
  init(_ needle: [UInt8], frequencies: [Int]) {
    self.needle = needle
    anchor =
      needle.indices.min { a, b in
        frequencies[Int(needle[a])] < frequencies[Int(needle[b])]
      } ?? 0
  }

  /// The offset of the first occurrence at or after `from`, or nil.
  func firstIndex(in haystack: UnsafeRawBufferPointer, from: Int = 0) -> Int? {
    guard !needle.isEmpty else { return from }
    guard let base = haystack.baseAddress else { return nil }
    return needle.withUnsafeBytes { pattern in
      let target = Int32(needle[anchor])
      let last = haystack.count - needle.count
      var position = from
      while position <= last {
        guard let hit = memchr(base + position + anchor, target, last - position + 1) else {
          return nil
        }
        let start = base.distance(to: UnsafeRawPointer(hit)) - anchor
        if memcmp(base + start, pattern.baseAddress!, needle.count) == 0 { return start }
        position = start + 1
      }
      return nil
    }
  }

  func occurs(in haystack: [UInt8]) -> Bool {
    haystack.withUnsafeBytes { firstIndex(in: $0) != nil }
  }

  /// How often each byte value occurs in the texts.
  static func frequencies(of texts: [[UInt8]]) -> [Int] {
    var counts = [Int](repeating: 0, count: 256)
    for text in texts {
      for byte in text { counts[Int(byte)] += 1 }
    }
    return counts
  }
}
