import Glibc

/// Finds byte strings in byte buffers: `memchr` to the next candidate first byte, then
/// `memcmp` of the rest.
enum ByteSearch {
  /// The offset of the first occurrence of `needle` at or after `from`, or nil.
  static func firstIndex(
    of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from: Int = 0
  ) -> Int? {
    guard let base = haystack.baseAddress, let pattern = needle.baseAddress, !needle.isEmpty
    else { return needle.isEmpty ? from : nil }
    let first = Int32(needle[0])
    let last = haystack.count - needle.count
    var position = from
    while position <= last {
      guard let hit = memchr(base + position, first, last - position + 1) else { return nil }
      let offset = base.distance(to: UnsafeRawPointer(hit))
      if memcmp(hit, pattern, needle.count) == 0 { return offset }
      position = offset + 1
    }
    return nil
  }

  static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    needle.withUnsafeBytes { pattern in
      haystack.withUnsafeBytes { firstIndex(of: pattern, in: $0) != nil }
    }
  }
}
