import Foundation

/// The generated name and place lists of `Sources/Model/Resources`, loaded once per process.
///
/// Every entry is lower case; see `Resources/LICENSES.md` for sources and licences and
/// `tools/build-lexicons.py` for how they are built.
struct Lexicon: Sendable {
  /// Given names with the gender their bearers mostly have.
  let given: KeyTable<Gender>
  /// Every listed word or phrase with what the lists say about it.
  let facts: KeyTable<WordFacts>

  static let shared = Lexicon()

  private init() {
    // Room for every entry up front: the lists hold about 240,000 distinct keys.
    var given = KeyTable<Gender>(minimumCapacity: 64_000)
    var facts = KeyTable<WordFacts>(minimumCapacity: 256_000)
    func mark(_ key: UnsafeBufferPointer<UInt8>, _ fact: WordFacts) {
      facts.update(utf8: key, default: []) { $0.insert(fact) }
    }
    func mark(_ name: String, _ ext: String, _ fact: WordFacts) {
      Lexicon.eachLine(name, ext) { mark($0, fact) }
    }
    func mark(_ keys: WordSet, _ fact: WordFacts) {
      for key in keys.words { facts.update(key, default: []) { $0.insert(fact) } }
    }
    Lexicon.eachLine("given", "tsv") { line in
      guard let (name, sex) = Lexicon.fields(line) else { return }
      let gender = sex.map(Lexicon.gender) ?? .unknown
      given.update(utf8: name, default: gender) { $0 = gender }
      mark(name, .given)
    }
    self.given = given
    mark("given-ambiguous", "txt", .ambiguousGiven)
    mark("surnames", "txt", .surname)
    mark("gpe", "txt", .place)
    mark("countries", "txt", .majorPlace)
    Lexicon.eachLine("demonyms", "tsv") { line in
      guard let (demonym, nation) = Lexicon.fields(line) else { return }
      mark(demonym, .demonym)
      if let nation { mark(nation, .nation) }
    }
    mark("org-legal-forms", "txt", .legalForm)
    mark("common-words", "txt", .common)
    mark(WordLists.groups, .group)
    mark(WordLists.organisations, .organisation)
    mark(WordLists.locations, .location)
    mark(WordLists.placeAliases, .placeAlias)
    self.facts = facts
  }

  /// What the lists say about `key` (lower case).
  func facts(_ key: String) -> WordFacts { facts[key] ?? [] }

  /// Calls `body` with each non-empty line of a resource file, as UTF-8 bytes; nothing when the
  /// file is missing.
  private static func eachLine(
    _ name: String, _ ext: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
        ?? Bundle.module.url(forResource: name, withExtension: ext),
      let data = try? Data(contentsOf: url)
    else { return }
    // Split the bytes: a line feed is never part of a longer UTF-8 sequence.
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
        if end > start { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        start = end + 1
      }
    }
  }

  /// The first two non-empty tab-separated fields of a line (nil when it has none).
  private static func fields(_ line: UnsafeBufferPointer<UInt8>)
    -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?)?
  {
    let parts = line.split(separator: 0x09)
    guard let first = parts.first else { return nil }
    return (
      UnsafeBufferPointer(rebasing: first),
      parts.count > 1 ? UnsafeBufferPointer(rebasing: parts[1]) : nil
    )
  }

  /// The gender field of `given.tsv`: "m", "f" or anything else.
  private static func gender(_ field: UnsafeBufferPointer<UInt8>) -> Gender {
    guard field.count == 1 else { return .unknown }
    return field[0] == UInt8(ascii: "m")
      ? .male : field[0] == UInt8(ascii: "f") ? .female : .unknown
  }
}
