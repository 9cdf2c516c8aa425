/// Numbers the distinct words and phrases of an engine list or lexicon, so that a token's key
/// is looked up with a cheap hash of its UTF-8 bytes instead of a seeded `Hasher`.
///
/// It answers exactly as a `[String: Int]` would: Swift compares strings by canonical
/// equivalence. A key is "plain" when its canonical form is ASCII — nearly every key, and
/// exactly the ASCII strings plus the three scalars whose decomposition is ASCII (U+037E, U+1FEF,
/// U+212A); plain keys live in an open-addressing table over their canonical bytes, every
/// other key in a `Dictionary`, which does the Unicode work.
struct KeyIndex: Sendable {
  /// Per slot: the hash's upper half and the record's offset + 1, or 0 when empty; a power of
  /// two long.
  private var slots: [UInt64]
  /// Per plain entry a record: the entry number and the key's length (4 bytes each, little
  /// endian), then the key's bytes — so that one cache line usually holds a whole record.
  private var records: [UInt8] = []
  /// Entries whose keys are not plain.
  private var others: [String: Int] = [:]
  private(set) var count = 0

  init(minimumCapacity: Int = 0) {
    var size = 16
    while size < minimumCapacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
  }

  /// The entry of `key`, or nil.
  func entry(of key: String) -> Int? {
    let plain = key.utf8.withContiguousStorageIfAvailable { utf8 -> Int?? in
      let (hash, ascii) = KeyIndex.scan(utf8)
      if ascii { return .some(find(utf8, hash: hash).record.map { Int(read(at: $0)) }) }
      // Only the three singletons' bytes (CD BE, E1 BF AF, E2 84 AA) may make a key plain.
      let maybePlain = utf8.allSatisfy {
        switch $0 {
        case 0..<0x80, 0xCD, 0xBE, 0xE1, 0xBF, 0xAF, 0xE2, 0x84, 0xAA: true
        default: false
        }
      }
      return maybePlain ? nil : .some(others[key])
    }
    if let plain, let found = plain { return found }
    guard let bytes = KeyIndex.plainBytes(key) else { return others[key] }
    return bytes.withUnsafeBufferPointer { entry(ofPlain: $0) }
  }

  /// The entry of `key`, adding it (numbered `count`) when new.
  mutating func insert(_ key: String) -> Int {
    let plain = key.utf8.withContiguousStorageIfAvailable { utf8 -> Int? in
      KeyIndex.scan(utf8).ascii ? insert(plain: utf8) : nil
    }
    if let plain, let entry = plain { return entry }
    guard let bytes = KeyIndex.plainBytes(key) else {
      if let entry = others[key] { return entry }
      others[key] = count
      count += 1
      return count - 1
    }
    return bytes.withUnsafeBufferPointer { insert(plain: $0) }
  }

  /// The entry of the UTF-8 text `utf8`, adding it when new.
  mutating func insert(utf8: UnsafeBufferPointer<UInt8>) -> Int {
    KeyIndex.scan(utf8).ascii
      ? insert(plain: utf8) : insert(String(decoding: utf8, as: UTF8.self))
  }

  private func entry(ofPlain key: UnsafeBufferPointer<UInt8>) -> Int? {
    let offset = find(key, hash: KeyIndex.scan(key).hash).record
    return offset.map { Int(read(at: $0)) }
  }

  private mutating func insert(plain key: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = KeyIndex.scan(key).hash
    let found = find(key, hash: hash)
    if let offset = found.record { return Int(read(at: offset)) }
    let entry = count
    count += 1
    slots[found.slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(records.count + 1)
    append(UInt32(entry))
    append(UInt32(key.count))
    records.append(contentsOf: key)
    if slots.count < count * 2 { grow() }
    return entry
  }

  /// The record holding the plain key `key`, or the empty slot where it would go.
  @inline(__always)
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (record: Int?, slot: Int) {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored == 0 { return (nil, slot) }
      if stored & 0xFFFF_FFFF_0000_0000 == tag {
        let offset = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
        if matches(offset, key) { return (offset, slot) }
      }
      slot = (slot + 1) & mask
    }
  }

  private func matches(_ offset: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(read(at: offset + 4)) == key.count else { return false }
    let start = offset + 8
    return records.withUnsafeBytes { stored in
      var index = 0
      while index + 8 <= key.count {
        let left = stored.loadUnaligned(fromByteOffset: start + index, as: UInt64.self)
        let right = UnsafeRawBufferPointer(key).loadUnaligned(
          fromByteOffset: index, as: UInt64.self)
        if left != right { return false }
        index += 8
      }
      while index < key.count {
        if stored[start + index] != key[index] { return false }
        index += 1
      }
      return true
    }
  }

  private func read(at offset: Int) -> UInt32 {
    UInt32(records[offset]) | UInt32(records[offset + 1]) << 8 | UInt32(records[offset + 2]) << 16
      | UInt32(records[offset + 3]) << 24
  }

  private mutating func append(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      records.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }

  private mutating func grow() {
    var larger = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = larger.count - 1
    for stored in slots where stored != 0 {
      let offset = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
      let start = offset + 8
      let hash = records[start..<start + Int(read(at: offset + 4))].withUnsafeBufferPointer {
        KeyIndex.scan($0).hash
      }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while larger[slot] != 0 { slot = (slot + 1) & mask }
      larger[slot] = stored
    }
    slots = larger
  }

  /// The canonical (NFC) bytes of `key` when they are ASCII, else nil.
  private static func plainBytes(_ key: String) -> [UInt8]? {
    var result: [UInt8] = []
    for scalar in key.unicodeScalars {
      switch scalar.value {
      case 0..<0x80: result.append(UInt8(scalar.value))
      case 0x037E: result.append(UInt8(ascii: ";"))
      case 0x1FEF: result.append(UInt8(ascii: "`"))
      case 0x212A: result.append(UInt8(ascii: "K"))
      default: return nil
      }
    }
    return result
  }

  /// A hash of the bytes, eight at a time (murmur-style mixing), and whether all are ASCII.
  @inline(__always)
  private static func scan(_ key: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
    let multiplier: UInt64 = 0xff51_afd7_ed55_8ccd
    var hash = UInt64(key.count) &* 0x9e37_79b9_7f4a_7c15
    var high: UInt64 = 0
    let raw = UnsafeRawBufferPointer(key)
    var offset = 0
    while offset + 8 <= key.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      high |= word
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 32
      offset += 8
    }
    if offset < key.count {
      var word: UInt64 = 0
      for index in offset..<key.count { word |= UInt64(key[index]) << (8 * (index - offset)) }
      high |= word
      hash = (hash ^ word) &* multiplier
    }
    hash ^= hash >> 33
    hash = hash &* 0xc4ce_b9fe_1a85_ec53
    hash ^= hash >> 33
    return (hash, high & 0x8080_8080_8080_8080 == 0)
  }
}

/// A table from words and phrases to values, for the engine's lexicons; see `KeyIndex`.
struct KeyTable<Value: Sendable>: Sendable {
  private var index: KeyIndex
  private var values: [Value] = []

  init(minimumCapacity: Int = 0) { index = KeyIndex(minimumCapacity: minimumCapacity) }

  subscript(key: String) -> Value? { index.entry(of: key).map { values[$0] } }

  /// Sets the value of `key` to `value`, or changes the present one in place.
  mutating func update(_ key: String, default value: Value, _ change: (inout Value) -> Void) {
    change(&values[slot(index.insert(key), default: value)])
  }

  /// `update` for a key given as UTF-8 bytes.
  mutating func update(
    utf8 key: UnsafeBufferPointer<UInt8>, default value: Value, _ change: (inout Value) -> Void
  ) {
    change(&values[slot(index.insert(utf8: key), default: value)])
  }

  private mutating func slot(_ entry: Int, default value: Value) -> Int {
    if entry == values.count { values.append(value) }
    return entry
  }
}

/// A fixed set of lower-case words or phrases, asked about per token; see `KeyIndex`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private var index = KeyIndex()
  /// The words in the order given.
  let words: [String]

  init(_ words: [String]) {
    self.words = words
    for word in words { _ = index.insert(word) }
  }

  init(arrayLiteral words: String...) { self.init(words) }

  func contains(_ word: String) -> Bool { index.entry(of: word) != nil }
}
