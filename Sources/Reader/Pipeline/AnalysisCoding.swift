import Foundation
import Model

/// The stored form of an `Analysis` in the cache: a compact binary layout (varints and
/// length-prefixed UTF-8), many times faster to read back than JSON. A blob that does not
/// decode exactly (damaged, or from another layout) gives nil, and the article is analysed
/// again. Changing the layout means bumping `CacheSchema.format`.
enum AnalysisCoding {
  static func encode(_ analysis: Analysis) -> Data {
    var writer = BlobWriter()
    writer.count(analysis.entities.count)
    for entity in analysis.entities {
      writer.string(entity.id)
      writer.string(entity.name)
      writer.string(entity.type.rawValue)
      writer.optional(entity.role) { $0.string($1) }
      writer.count(entity.mentions.count)
      for mention in entity.mentions { writer.mention(mention) }
    }
    writer.count(analysis.quotes.count)
    for quote in analysis.quotes {
      writer.string(quote.id)
      writer.string(quote.text)
      writer.string(quote.kind.rawValue)
      writer.integer(quote.start)
      writer.integer(quote.end)
      writer.optional(quote.cue) { $0.string($1) }
      writer.optional(quote.speaker) { writer, speaker in
        writer.string(speaker.name)
        writer.string(speaker.type.rawValue)
        writer.optional(speaker.role) { $0.string($1) }
        writer.optional(speaker.entity) { $0.string($1) }
        writer.optional(speaker.mention) { $0.mention($1) }
      }
    }
    return Data(writer.bytes)
  }

  static func decode(_ data: Data) -> Analysis? {
    data.withUnsafeBytes { bytes in
      var reader = BlobReader(bytes)
      do {
        let entities = try reader.list { reader in
          Entity(
            id: try reader.string(), name: try reader.sharedString(),
            type: try reader.entityType(), role: try reader.optional { try $0.sharedString() },
            mentions: try reader.list { try $0.mention() })
        }
        let quotes = try reader.list { reader in
          Quote(
            id: try reader.string(), text: try reader.string(), kind: try reader.quoteKind(),
            start: try reader.integer(), end: try reader.integer(),
            cue: try reader.optional { try $0.string() },
            speaker: try reader.optional { reader in
              Speaker(
                name: try reader.sharedString(), type: try reader.entityType(),
                role: try reader.optional { try $0.sharedString() },
                entity: try reader.optional { try $0.string() },
                mention: try reader.optional { try $0.mention() })
            })
        }
        guard reader.isAtEnd else { return nil }
        return Analysis(entities: entities, quotes: quotes)
      } catch {
        return nil
      }
    }
  }
}

/// Appends values to a blob: unsigned LEB128 varints, zig-zag for signed integers.
private struct BlobWriter {
  var bytes: [UInt8] = []

  mutating func count(_ value: Int) {
    unsigned(UInt64(max(0, value)))
  }

  mutating func integer(_ value: Int) {
    let signed = Int64(value)
    unsigned(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
  }

  mutating func string(_ value: String) {
    var copy = value
    copy.withUTF8 { utf8 in
      count(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optional<T>(_ value: T?, _ write: (inout Self, T) -> Void) {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    write(&self, value)
  }

  mutating func mention(_ mention: Mention) {
    integer(mention.start)
    integer(mention.end)
    string(mention.text)
  }

  private mutating func unsigned(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }
}

/// Reads a blob written by `BlobWriter`, throwing at the first byte that does not fit.
private struct BlobReader {
  struct Damaged: Error {}

  private let bytes: UnsafeRawBufferPointer
  private var position = 0
  private var shared = SharedStrings()

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { position == bytes.count }

  /// A count; never more than the bytes left, so damage cannot ask for a huge allocation.
  mutating func count() throws(Damaged) -> Int {
    let value = try unsigned()
    guard value <= UInt64(bytes.count - position) else { throw Damaged() }
    return Int(value)
  }

  mutating func integer() throws(Damaged) -> Int {
    let value = try unsigned()
    return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
  }

  mutating func string() throws(Damaged) -> String {
    try Self.text(next())
  }

  /// A string likely to recur in the blob (names, roles): read once, then shared.
  mutating func sharedString() throws(Damaged) -> String {
    let utf8 = try next()
    return try shared.string(utf8) { () throws(Damaged) in try Self.text(utf8) }
  }

  mutating func optional<T>(_ read: (inout Self) throws -> T) throws -> T? {
    guard position < bytes.count else { throw Damaged() }
    position += 1
    switch bytes[position - 1] {
    case 0: return nil
    case 1: return try read(&self)
    default: throw Damaged()
    }
  }

  mutating func list<T>(_ read: (inout Self) throws -> T) throws -> [T] {
    let count = try count()
    var items: [T] = []
    items.reserveCapacity(count)
    for _ in 0..<count { items.append(try read(&self)) }
    return items
  }

  mutating func mention() throws(Damaged) -> Mention {
    Mention(start: try integer(), end: try integer(), text: try sharedString())
  }

  mutating func entityType() throws(Damaged) -> EntityType {
    try Self.match(next(), Self.entityTypes)
  }

  mutating func quoteKind() throws(Damaged) -> QuoteKind {
    try Self.match(next(), Self.quoteKinds)
  }

  private static let entityTypes = EntityType.allCases.map { (Array($0.rawValue.utf8), $0) }
  private static let quoteKinds = [QuoteKind.direct, .indirect, .mixed].map {
    (Array($0.rawValue.utf8), $0)
  }

  /// The value whose raw value is spelt by these bytes.
  private static func match<T>(_ utf8: UnsafeRawBufferPointer, _ values: [([UInt8], T)])
    throws(Damaged) -> T
  {
    guard let found = values.first(where: { $0.0.elementsEqual(utf8) }) else { throw Damaged() }
    return found.1
  }

  /// Valid UTF-8 as a string (ASCII, the usual case, without a second validation pass).
  private static func text(_ utf8: UnsafeRawBufferPointer) throws(Damaged) -> String {
    if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
    guard let value = String(validating: utf8, as: UTF8.self) else { throw Damaged() }
    return value
  }

  /// The bytes of the next length-prefixed string.
  private mutating func next() throws(Damaged) -> UnsafeRawBufferPointer {
    let length = try count()
    defer { position += length }
    return UnsafeRawBufferPointer(rebasing: bytes[position..<position + length])
  }

  private mutating func unsigned() throws(Damaged) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count, shift < 64 {
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    throw Damaged()
  }
}

/// The longer strings already read from one blob, found again by their bytes, so that a name or
/// role repeated on every quote of an article is kept in memory once.
private struct SharedStrings {
  /// Strings of up to 15 UTF-8 bytes are stored inline by `String`: nothing to share.
  private static let inlineLength = 15
  private var strings: [(bytes: UnsafeRawBufferPointer, hash: UInt32, value: String)] = []
  private var slots = [Int32](repeating: -1, count: 64)

  mutating func string<E: Error>(
    _ utf8: UnsafeRawBufferPointer, _ make: () throws(E) -> String
  ) throws(E) -> String {
    guard utf8.count > Self.inlineLength else { return try make() }
    let hash = Self.hash(utf8)
    var slot = Int(hash) & (slots.count - 1)
    while slots[slot] >= 0 {
      let known = strings[Int(slots[slot])]
      if known.hash == hash, known.bytes.elementsEqual(utf8) { return known.value }
      slot = (slot + 1) & (slots.count - 1)
    }
    let value = try make()
    slots[slot] = Int32(strings.count)
    strings.append((utf8, hash, value))
    if strings.count * 2 > slots.count { grow() }
    return value
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for (index, known) in strings.enumerated() {
      var slot = Int(known.hash) & (slots.count - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(index)
    }
  }

  /// FNV-1a over the bytes.
  private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash
  }
}
