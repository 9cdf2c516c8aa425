/// A deterministic 64-bit FNV-1a hash, stable across runs and machines (unlike `Hasher`).
enum StableHash {
  static func hex(of parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for var part in parts {
      part.withUTF8 { bytes in
        for byte in bytes {
          hash ^= UInt64(byte)
          hash = hash &* 0x0000_0100_0000_01b3
        }
      }
      hash ^= 0xff
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
