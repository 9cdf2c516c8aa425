/// The distinct words of a corpus (or other byte strings, such as entity names), each stored
/// once in one byte buffer and numbered in order of first appearance; an open-addressing hash
/// table finds a word's number without allocating.
struct WordTable {
  /// Every word, each preceded by a newline, and a final newline: "\nrain\nexpected\n".
  private(set) var bytes: [UInt8] = [0x0A]
  /// Where each word starts in `bytes`.
  private(set) var starts: [Int32] = []
  private var slots = [Int32](repeating: -1, count: 1 << 12)
  private var hashes: [UInt32] = []

  var count: Int { starts.count }

  /// The number of the word `word` (bytes of folded text), adding it when new.
  mutating func id(of word: UnsafeRawBufferPointer) -> Int {
    let hash = Self.hash(word)
    var slot = Int(hash) & (slots.count - 1)
    while slots[slot] >= 0 {
      let id = Int(slots[slot])
      if hashes[id] == hash, length(of: id) == word.count, equals(id, word) { return id }
      slot = (slot + 1) & (slots.count - 1)
    }
    let id = starts.count
    starts.append(Int32(bytes.count))
    hashes.append(hash)
    bytes.append(contentsOf: word)
    bytes.append(0x0A)
    slots[slot] = Int32(id)
    if count * 2 > slots.count { grow() }
    return id
  }

  /// The number of the word whose bytes include offset `offset` of `bytes`.
  func id(at offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The offset just past the word `id` (its closing newline).
  func end(of id: Int) -> Int {
    id + 1 < starts.count ? Int(starts[id + 1]) - 1 : bytes.count - 1
  }

  private func length(of id: Int) -> Int {
    end(of: id) - Int(starts[id])
  }

  private func equals(_ id: Int, _ word: UnsafeRawBufferPointer) -> Bool {
    bytes.withUnsafeBytes { stored in
      let start = Int(starts[id])
      for offset in 0..<word.count where stored[start + offset] != word[offset] { return false }
      return true
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for id in hashes.indices {
      var slot = Int(hashes[id]) & (slots.count - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(id)
    }
  }

  /// A multiplicative hash of the bytes, eight at a time, finished with MurmurHash3's mixer.
  private static func hash(_ word: UnsafeRawBufferPointer) -> UInt32 {
    var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
    var offset = 0
    while offset + 8 <= word.count {
      hash ^= word.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash &* 0xFF51_AFD7_ED55_8CCD) ^ (hash >> 29)
      offset += 8
    }
    var tail: UInt64 = 0
    while offset < word.count {
      tail = tail << 8 | UInt64(word[offset])
      offset += 1
    }
    hash ^= tail
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash &*= 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return UInt32(truncatingIfNeeded: hash)
  }
}
