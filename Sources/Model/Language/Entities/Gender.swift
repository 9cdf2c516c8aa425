/// The grammatical gender a person is referred to with, as far as names and titles tell.
public enum Gender: String, Sendable, Hashable, Codable {
  case male
  case female
  case unknown

  /// The gender most bearers of a given name have (census and SSA counts), case-insensitive.
  public static func of(givenName name: String) -> Gender {
    Lexicon.shared.given[name.lowercased()] ?? .unknown
  }

  /// The gender a title implies ("Mr." → male, "Mrs."/"Ms."/"Queen" → female), case-insensitive,
  /// with or without the period.
  public static func of(title: String) -> Gender {
    var key = title.lowercased()
    if key.hasSuffix(".") { key.removeLast() }
    if WordLists.maleTitles.contains(key) { return .male }
    if WordLists.femaleTitles.contains(key) { return .female }
    return .unknown
  }
}
