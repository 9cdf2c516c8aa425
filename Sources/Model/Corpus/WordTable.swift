import Glibc

/// The distinct words of a corpus, each stored once in one byte buffer and numbered in order of
/// first appearance; an open-addressing hash table finds a word's number without allocating.
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
      memcmp(stored.baseAddress! + Int(starts[id]), word.baseAddress!, word.count) == 0
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

  /// FNV-1a over the bytes.
  private static func hash(_ word: UnsafeRawBufferPointer) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in word {
      hash ^= UInt32(byte)
      hash = hash &* 16_777_619
    }
    return hash
  }
}
