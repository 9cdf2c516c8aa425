/// The distinct strings the speaker index works on (names, forms, roles), numbered by their
/// bytes in order of first appearance, so that occurrences hold plain numbers (copied without reference counting)
/// and whatever is derived from a string is worked out once per string, not once per quote.
struct SpeakerStrings {
  private(set) var values: [String] = []
  /// Numbers the strings by their UTF-8 bytes.
  private var table = WordTable()

  /// The number of `text`, adding it when new.
  mutating func number(_ text: String) -> Int32 {
    var text = text
    let number = text.withUTF8 { table.id(of: UnsafeRawBufferPointer($0)) }
    if number == values.count { values.append(text) }
    return Int32(number)
  }

  subscript(number: Int32) -> String { values[Int(number)] }

  var count: Int { values.count }
}

/// Values kept per number (of a string, a person, a role): derived values worked out once, or
/// the tallies of one speaker, cleared by visiting only the numbers used so that each speaker
/// costs its own size, not the table's.
struct PerNumber<Value> {
  private var values: [Value?]
  /// The numbers given a value since the last `clear()`, in that order.
  private(set) var used: [Int32] = []

  init(count: Int) {
    values = [Value?](repeating: nil, count: count)
  }

  subscript(number: Int32) -> Value? {
    get { values[Int(number)] }
    set {
      if values[Int(number)] == nil { used.append(number) }
      values[Int(number)] = newValue
    }
  }

  mutating func clear() {
    for number in used { values[Int(number)] = nil }
    used.removeAll(keepingCapacity: true)
  }
}
