import Model

/// Writes `reader extract`'s JSON Lines straight into bytes — byte for byte what `JSONEncoder`
/// writes with sorted keys and unescaped slashes, several times faster (with the encoder,
/// writing the JSON cost about as much as the language engine).
struct ExtractLineWriter {
  private(set) var bytes: [UInt8] = []

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }

  /// Appends one record as a line of JSON and a line feed. Members go in sorted key order.
  mutating func write(_ record: ExtractRecord) {
    open()
    field("date", record.date)
    key("entities")
    array(record.entities) { $0.entity($1) }
    field("id", record.id)
    field("item", record.item)
    field("path", record.path)
    key("quotes")
    array(record.quotes) { $0.quote($1) }
    field("text", record.text)
    field("title", record.title)
    close()
    bytes.append(UInt8(ascii: "\n"))
  }

  private mutating func entity(_ entity: Entity) {
    open()
    field("id", entity.id)
    key("mentions")
    array(entity.mentions) { $0.mention($1) }
    field("name", entity.name)
    field("role", entity.role)
    field("type", entity.type.rawValue)
    close()
  }

  private mutating func mention(_ mention: Mention?) {
    guard let mention else { return null() }
    open()
    field("end", mention.end)
    field("start", mention.start)
    field("text", mention.text)
    close()
  }

  private mutating func quote(_ quote: Quote) {
    open()
    field("cue", quote.cue)
    field("end", quote.end)
    field("id", quote.id)
    field("kind", quote.kind.rawValue)
    key("speaker")
    speaker(quote.speaker)
    field("start", quote.start)
    field("text", quote.text)
    close()
  }

  private mutating func speaker(_ speaker: Speaker?) {
    guard let speaker else { return null() }
    open()
    field("entity", speaker.entity)
    key("mention")
    mention(speaker.mention)
    field("name", speaker.name)
    field("role", speaker.role)
    field("type", speaker.type.rawValue)
    close()
  }

  private mutating func open() {
    bytes.append(UInt8(ascii: "{"))
  }

  private mutating func close() {
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func array<T>(_ items: [T], _ element: (inout Self, T) -> Void) {
    bytes.append(UInt8(ascii: "["))
    for (position, item) in items.enumerated() {
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      element(&self, item)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// A member's name, after a comma unless it is the object's first.
  private mutating func key(_ name: StaticString) {
    if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  private mutating func field(_ name: StaticString, _ value: Int?) {
    key(name)
    guard let value else { return null() }
    bytes.append(contentsOf: String(value).utf8)
  }

  private mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    guard var value else { return null() }
    bytes.append(UInt8(ascii: "\""))
    value.withUTF8 { utf8 in
      var clean = 0
      for (position, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: utf8[clean..<position])
        escape(byte)
        clean = position + 1
      }
      bytes.append(contentsOf: utf8[clean...])
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func null() {
    bytes.append(contentsOf: Array("null".utf8))
  }

  private mutating func escape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case 0x22, 0x5C: bytes.append(byte)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: Array("u00".utf8))
      bytes.append(hex[Int(byte >> 4)])
      bytes.append(hex[Int(byte & 0xF)])
    }
  }
}
