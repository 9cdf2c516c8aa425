/// The distinct strings the speaker index works on (names, forms, roles), numbered in order of
/// first appearance, so that occurrences hold plain numbers (copied without reference counting)
/// and whatever is derived from a string is worked out once per string, not once per quote.
struct SpeakerStrings {
  private(set) var values: [String] = []
  private var numbers: [String: Int32] = [:]

  /// The number of `text`, adding it when new.
  mutating func number(_ text: String) -> Int32 {
    if let known = numbers[text] { return known }
    let number = Int32(values.count)
    values.append(text)
    numbers[text] = number
    return number
  }

  subscript(number: Int32) -> String { values[Int(number)] }

  var count: Int { values.count }
}

/// A value derived from each string of a `SpeakerStrings`, kept once worked out.
struct PerString<Value> {
  private var values: [Value?]

  init(count: Int) {
    values = [Value?](repeating: nil, count: count)
  }

  subscript(number: Int32) -> Value? {
    get { values[Int(number)] }
    set { values[Int(number)] = newValue }
  }
}
