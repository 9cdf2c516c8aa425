/// One quote's speaker as an article names it, the raw material the speaker index merges.
/// Strings are numbers in the `SpeakerStrings` of its `SpeakerOccurrences`.
struct SpeakerOccurrence {
  let article: Int32
  let quote: Int32
  /// The fullest name the article gives (the resolved entity's name), or the description.
  let name: Int32
  let type: EntityType
  /// The role, or -1.
  let role: Int32
  /// The name in the attribution, another form of the name.
  let attribution: Int32
  /// The resolved entity's forms (its name and capitalised mentions): an index into
  /// `SpeakerOccurrences.forms(ofEntity:)`, or -1.
  let entityForms: Int32
  /// Whether the attribution resolves to an entity of the article; otherwise the speaker is a
  /// description of an unnamed source ("Critics", "a senior official").
  var isNamed: Bool { entityForms >= 0 }
}

/// Every quote of every article that has a speaker, in corpus order, with the strings they use.
struct SpeakerOccurrences {
  private(set) var items: [SpeakerOccurrence] = []
  private(set) var strings = SpeakerStrings()
  /// Per resolved entity (of an article), one list after the other: its name and the texts of
  /// its mentions that start with a capital; and where each list starts.
  private var formNumbers: [Int32] = []
  private var formStarts: [Int32] = [0]

  /// How many resolved entities have their forms recorded.
  var entityCount: Int { formStarts.count - 1 }

  /// The forms of a resolved entity, its name first.
  func forms(ofEntity entity: Int) -> ArraySlice<Int32> {
    formNumbers[Int(formStarts[entity])..<Int(formStarts[entity + 1])]
  }

  init() {}

  init(_ articles: [AnalysedArticle]) {
    for (index, item) in articles.enumerated() { add(item.analysis, article: index) }
  }

  /// Adds the speakers of the analysis of the article at position `articleIndex`.
  mutating func add(_ analysis: Analysis, article articleIndex: Int) {
    var entityNumbers: [String: Int]? = nil
    var formsOfEntity: [Int: Int32] = [:]
    for (quoteIndex, quote) in analysis.quotes.enumerated() {
      guard let speaker = quote.speaker else { continue }
      var resolved: Int? = nil
      if let id = speaker.entity {
        let numbers =
          entityNumbers
          ?? Dictionary(
            analysis.entities.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { _, last in last })
        entityNumbers = numbers
        resolved = numbers[id]
      }
      let entity = resolved.map { analysis.entities[$0] }
      guard !Self.isBlank(entity?.name ?? speaker.name) else { continue }
      var forms: Int32 = -1
      if let resolved, let entity {
        forms = formsOfEntity[resolved] ?? addForms(of: entity)
        formsOfEntity[resolved] = forms
      }
      let attribution = strings.number(speaker.name)
      // A resolved speaker's name is the first of its entity's forms.
      let name = forms >= 0 ? formNumbers[Int(formStarts[Int(forms)])] : attribution
      let role = Self.nonBlank(speaker.role) ?? Self.nonBlank(entity?.role)
      items.append(
        SpeakerOccurrence(
          article: Int32(articleIndex), quote: Int32(quoteIndex), name: name,
          type: speaker.type, role: role.map { strings.number($0) } ?? -1,
          attribution: attribution, entityForms: forms))
    }
  }

  /// Records an entity's forms; returns their index for `forms(ofEntity:)`.
  private mutating func addForms(of entity: Entity) -> Int32 {
    formNumbers.append(strings.number(entity.name))
    for mention in entity.mentions where Self.startsWithCapital(mention.text) {
      formNumbers.append(strings.number(mention.text))
    }
    formStarts.append(Int32(formNumbers.count))
    return Int32(entityCount - 1)
  }

  /// Whether the first character is uppercase (ASCII answered from the byte).
  private static func startsWithCapital(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next() else { return false }
    guard first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true else {
      return text.first?.isUppercase == true
    }
    return first &- 0x41 < 26
  }

  private static func isBlank(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }

  private static func nonBlank(_ text: String?) -> String? {
    guard let text, !isBlank(text) else { return nil }
    return text
  }
}
