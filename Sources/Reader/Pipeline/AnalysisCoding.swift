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
    var reader = BlobReader(Array(data))
    do {
      let entities = try reader.list { reader in
        Entity(
          id: try reader.string(), name: try reader.string(), type: try reader.entityType(),
          role: try reader.optional { try $0.string() },
          mentions: try reader.list { try $0.mention() })
      }
      let quotes = try reader.list { reader in
        Quote(
          id: try reader.string(), text: try reader.string(), kind: try reader.quoteKind(),
          start: try reader.integer(), end: try reader.integer(),
          cue: try reader.optional { try $0.string() },
          speaker: try reader.optional { reader in
            Speaker(
              name: try reader.string(), type: try reader.entityType(),
              role: try reader.optional { try $0.string() },
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

  private let bytes: [UInt8]
  private var position = 0

  init(_ bytes: [UInt8]) {
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
    let length = try count()
    guard
      let value = String(validating: bytes[position..<position + length], as: UTF8.self)
    else { throw Damaged() }
    position += length
    return value
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
    Mention(start: try integer(), end: try integer(), text: try string())
  }

  mutating func entityType() throws(Damaged) -> EntityType {
    guard let type = EntityType(rawValue: try string()) else { throw Damaged() }
    return type
  }

  mutating func quoteKind() throws(Damaged) -> QuoteKind {
    guard let kind = QuoteKind(rawValue: try string()) else { throw Damaged() }
    return kind
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
