import Foundation

/// The generated name and place lists of `Sources/Model/Resources`, loaded once per process.
///
/// Every entry is lower case; see `Resources/LICENSES.md` for sources and licences and
/// `tools/build-lexicons.py` for how they are built.
struct Lexicon: Sendable {
  /// Given names with the gender their bearers mostly have.
  let given: [String: Gender]
  /// Every listed word or phrase with what the lists say about it.
  let facts: [String: WordFacts]

  static let shared = Lexicon()

  private init() {
    var given: [String: Gender] = [:]
    var facts: [String: WordFacts] = [:]
    // Room for every entry up front: the lists hold about 240,000 distinct keys.
    given.reserveCapacity(64_000)
    facts.reserveCapacity(256_000)
    func mark(_ keys: some Sequence<String>, _ fact: WordFacts) {
      for key in keys { facts[key, default: []].insert(fact) }
    }
    for line in Lexicon.lines("given", "tsv") {
      let parts = Lexicon.fields(line)
      guard let name = parts.first else { continue }
      let gender: Gender =
        parts.count > 1
        ? (parts[1] == "m" ? .male : parts[1] == "f" ? .female : .unknown)
        : .unknown
      given[name] = gender
      facts[name, default: []].insert(.given)
    }
    self.given = given
    mark(Lexicon.lines("given-ambiguous", "txt"), .ambiguousGiven)
    mark(Lexicon.lines("surnames", "txt"), .surname)
    mark(Lexicon.lines("gpe", "txt"), .place)
    mark(Lexicon.lines("countries", "txt"), .majorPlace)
    for line in Lexicon.lines("demonyms", "tsv") {
      let parts = Lexicon.fields(line)
      if let demonym = parts.first { facts[demonym, default: []].insert(.demonym) }
      if parts.count > 1 { facts[parts[1], default: []].insert(.nation) }
    }
    mark(Lexicon.lines("org-legal-forms", "txt"), .legalForm)
    mark(Lexicon.lines("common-words", "txt"), .common)
    mark(WordLists.groups, .group)
    mark(WordLists.organisations, .organisation)
    mark(WordLists.locations, .location)
    mark(WordLists.placeAliases, .placeAlias)
    self.facts = facts
  }

  /// What the lists say about `key` (lower case).
  func facts(_ key: String) -> WordFacts { facts[key] ?? [] }

  /// The non-empty lines of a resource file, or none when it is missing.
  private static func lines(_ name: String, _ ext: String) -> [String] {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
        ?? Bundle.module.url(forResource: name, withExtension: ext),
      let data = try? Data(contentsOf: url)
    else { return [] }
    // Split the bytes: a line feed is never part of a longer UTF-8 sequence.
    return data.withUnsafeBytes { bytes in
      bytes.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
    }
  }

  /// The non-empty tab-separated fields of one line.
  private static func fields(_ line: String) -> [String] {
    line.utf8.split(separator: 0x09).map { String(decoding: $0, as: UTF8.self) }
  }
}
