import Foundation

/// The generated name and place lists of `Sources/Model/Resources`, loaded once per process.
///
/// Every entry is lower case; see `Resources/LICENSES.md` for sources and licences and
/// `tools/build-lexicons.py` for how they are built.
struct Lexicon: Sendable {
  /// Given names with the gender their bearers mostly have.
  let given: [String: Gender]
  /// Given names that are also common English words ("will", "mark", "earnest").
  let givenAmbiguous: Set<String>
  let surnames: Set<String>
  /// Countries, capitals, states, cities and subdivisions, single or multi-word ("saudi arabia").
  let places: Set<String>
  /// Countries, territories, capitals and US states (a subset of `places`).
  let countries: Set<String>
  /// Country names that have a demonym ("russia", "united kingdom").
  let nations: Set<String>
  /// Demonyms and their plurals ("russian", "russians").
  let demonyms: Set<String>
  /// Company legal forms ("inc", "plc", "gmbh").
  let legalForms: Set<String>
  /// Common lower-case English words.
  let commonWords: Set<String>

  static let shared = Lexicon()

  private init() {
    var given: [String: Gender] = [:]
    for line in Lexicon.lines("given", "tsv") {
      let parts = line.split(separator: "\t")
      guard let name = parts.first else { continue }
      let gender: Gender =
        parts.count > 1
        ? (parts[1] == "m" ? .male : parts[1] == "f" ? .female : .unknown)
        : .unknown
      given[String(name)] = gender
    }
    self.given = given
    givenAmbiguous = Set(Lexicon.lines("given-ambiguous", "txt"))
    surnames = Set(Lexicon.lines("surnames", "txt"))
    places = Set(Lexicon.lines("gpe", "txt"))
    countries = Set(Lexicon.lines("countries", "txt"))
    var demonyms = Set<String>()
    var nations = Set<String>()
    for line in Lexicon.lines("demonyms", "tsv") {
      let parts = line.split(separator: "\t")
      if let demonym = parts.first { demonyms.insert(String(demonym)) }
      if parts.count > 1 { nations.insert(String(parts[1])) }
    }
    self.demonyms = demonyms
    self.nations = nations
    legalForms = Set(Lexicon.lines("org-legal-forms", "txt"))
    commonWords = Set(Lexicon.lines("common-words", "txt"))
  }

  /// The non-empty lines of a resource file, or none when it is missing.
  private static func lines(_ name: String, _ ext: String) -> [String] {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
        ?? Bundle.module.url(forResource: name, withExtension: ext),
      let data = try? Data(contentsOf: url)
    else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
