import Model

/// Writes `reader extract`'s JSON Lines straight into bytes — byte for byte what `JSONEncoder`
/// writes with sorted keys and unescaped slashes, several times faster (with the encoder,
/// writing the JSON cost about as much as the language engine).
struct ExtractLineWriter {
  private(set) var bytes: [UInt8] = []

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }

  /// Appends one record as a line of JSON and a line feed.
  mutating func write(_ record: ExtractRecord) {
    bytes.append(UInt8(ascii: "{"))
    key("date", first: true)
    string(record.date)
    key("entities")
    bytes.append(UInt8(ascii: "["))
    for (position, item) in record.entities.enumerated() {
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      entity(item)
    }
    bytes.append(UInt8(ascii: "]"))
    key("id")
    string(record.id)
    key("item")
    number(record.item)
    key("path")
    string(record.path)
    key("quotes")
    bytes.append(UInt8(ascii: "["))
    for (position, item) in record.quotes.enumerated() {
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      quote(item)
    }
    bytes.append(UInt8(ascii: "]"))
    key("text")
    string(record.text)
    key("title")
    string(record.title)
    bytes.append(UInt8(ascii: "}"))
    bytes.append(UInt8(ascii: "\n"))
  }

  private mutating func entity(_ entity: Entity) {
    bytes.append(UInt8(ascii: "{"))
    key("id", first: true)
    string(entity.id)
    key("mentions")
    bytes.append(UInt8(ascii: "["))
    for (position, item) in entity.mentions.enumerated() {
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      mention(item)
    }
    bytes.append(UInt8(ascii: "]"))
    key("name")
    string(entity.name)
    key("role")
    string(entity.role)
    key("type")
    string(entity.type.rawValue)
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func mention(_ mention: Mention?) {
    guard let mention else { return null() }
    bytes.append(UInt8(ascii: "{"))
    key("end", first: true)
    number(mention.end)
    key("start")
    number(mention.start)
    key("text")
    string(mention.text)
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func quote(_ quote: Quote) {
    bytes.append(UInt8(ascii: "{"))
    key("cue", first: true)
    string(quote.cue)
    key("end")
    number(quote.end)
    key("id")
    string(quote.id)
    key("kind")
    string(quote.kind.rawValue)
    key("speaker")
    speaker(quote.speaker)
    key("start")
    number(quote.start)
    key("text")
    string(quote.text)
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func speaker(_ speaker: Speaker?) {
    guard let speaker else { return null() }
    bytes.append(UInt8(ascii: "{"))
    key("entity", first: true)
    string(speaker.entity)
    key("mention")
    mention(speaker.mention)
    key("name")
    string(speaker.name)
    key("role")
    string(speaker.role)
    key("type")
    string(speaker.type.rawValue)
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func key(_ name: StaticString, first: Bool = false) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
  }

  private mutating func null() {
    bytes.append(contentsOf: Array("null".utf8))
  }

  private mutating func number(_ value: Int?) {
    guard let value else { return null() }
    bytes.append(contentsOf: String(value).utf8)
  }

  private mutating func string(_ value: String?) {
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
