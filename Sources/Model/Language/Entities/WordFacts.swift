/// What the lexicons say about one lower-case word or phrase, as bits, so that one hash lookup
/// answers every list question about it.
struct WordFacts: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let common = WordFacts(rawValue: 1 << 0)
  static let given = WordFacts(rawValue: 1 << 1)
  /// A given name that is also a common English word ("will", "mark").
  static let ambiguousGiven = WordFacts(rawValue: 1 << 2)
  static let surname = WordFacts(rawValue: 1 << 3)
  static let place = WordFacts(rawValue: 1 << 4)
  /// A country, territory, capital or US state.
  static let majorPlace = WordFacts(rawValue: 1 << 5)
  /// A country with a demonym ("russia").
  static let nation = WordFacts(rawValue: 1 << 6)
  static let demonym = WordFacts(rawValue: 1 << 7)
  /// A hand-listed religious, political or ethnic group.
  static let group = WordFacts(rawValue: 1 << 8)
  /// A hand-listed well-known organisation.
  static let organisation = WordFacts(rawValue: 1 << 9)
  /// A hand-listed region or physical feature.
  static let location = WordFacts(rawValue: 1 << 10)
  /// A hand-listed short or old country name ("u.s.", "britain").
  static let placeAlias = WordFacts(rawValue: 1 << 11)
  static let legalForm = WordFacts(rawValue: 1 << 12)
  /// The first word of some listed phrase of several words ("new" of "new york"), so that a
  /// phrase whose first word lacks it needs no lookup.
  static let phraseStart = WordFacts(rawValue: 1 << 13)
}

extension WordFacts {
  var isCommon: Bool { contains(.common) }

  var isSurname: Bool { contains(.surname) }

  var isGivenName: Bool { contains(.given) }

  var isPlace: Bool { !isDisjoint(with: [.place, .placeAlias]) }

  /// A country, territory, capital, US state or listed region: never a person's name in running
  /// text.
  var isMajorPlace: Bool { !isDisjoint(with: [.majorPlace, .placeAlias, .location]) }

  var isGroup: Bool { !isDisjoint(with: [.demonym, .group]) }

  var isOrganisation: Bool { contains(.organisation) }

  var isLocation: Bool { contains(.location) }

  /// A given name that is not also a common word, a country or a group.
  var isClearGivenName: Bool {
    contains(.given)
      && isDisjoint(with: [
        .ambiguousGiven, .common, .majorPlace, .placeAlias, .location, .demonym, .group,
      ])
  }

  /// Any list names the word: a name, a place, a group or an organisation.
  var isKnownName: Bool {
    !isDisjoint(with: [
      .given, .surname, .place, .placeAlias, .demonym, .group, .organisation, .location,
    ])
  }
}
