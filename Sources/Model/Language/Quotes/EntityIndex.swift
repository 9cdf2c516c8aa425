/// The article's entities seen from its tokens: which entity each token names, each person's
/// gender, and people by the words of their role.
struct EntityIndex {
  let entities: [Entity]
  /// For each token, the index of the entity one of whose mentions covers it, or -1.
  let entityOfToken: [Int]
  /// Gender per entity; filled further by resolved pronouns.
  var genders: [Gender]
  /// Person entities by each lower-cased word of their role ("spokesman" → [Jay Carney]).
  let byRoleWord: [String: [Int]]
  /// Entity indices by id ("e3" → 2).
  let byID: [String: Int]

  /// The entity layer's own view of the document.
  init(analysis: EntityAnalysis, tokenCount: Int) {
    entities = analysis.entities
    entityOfToken = (0..<tokenCount).map { analysis.entityIndex(atToken: $0) ?? -1 }
    genders = analysis.genders
    byRoleWord = Self.roleWords(of: analysis.entities)
    byID = Self.ids(of: analysis.entities)
  }

  /// Entities given as bare values: mentions are mapped to tokens, genders read from a title
  /// before a mention or from the given name.
  init(document: Document, entities: [Entity]) {
    let tokens = document.tokens
    var entityOfToken = [Int](repeating: -1, count: tokens.count)
    var genders = [Gender](repeating: .unknown, count: entities.count)
    for (index, entity) in entities.enumerated() {
      if entity.type == .person, let given = entity.name.split(separator: " ").first {
        genders[index] = Gender.of(givenName: String(given))
      }
      for mention in entity.mentions {
        var token = Self.firstToken(atOrAfter: mention.start, in: tokens)
        if entity.type == .person, token > 0, genders[index] == .unknown {
          genders[index] = Gender.of(title: tokens[token - 1].key)
        }
        while token < tokens.count, tokens[token].start < mention.end {
          entityOfToken[token] = index
          token += 1
        }
      }
    }
    self.entities = entities
    self.entityOfToken = entityOfToken
    self.genders = genders
    byRoleWord = Self.roleWords(of: entities)
    byID = Self.ids(of: entities)
  }

  private static func ids(of entities: [Entity]) -> [String: Int] {
    Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  private static func roleWords(of entities: [Entity]) -> [String: [Int]] {
    var result: [String: [Int]] = [:]
    for (index, entity) in entities.enumerated() where entity.type == .person {
      for word in words(of: entity.role ?? "") { result[word, default: []].append(index) }
    }
    return result
  }

  /// The lower-cased runs of letters in a role ("White House spokesman" → white, house,
  /// spokesman); ASCII roles are split by bytes.
  private static func words(of role: String) -> [String] {
    guard role.utf8.allSatisfy({ $0 < 0x80 }) else {
      return role.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
    let isLetter = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    return role.utf8.split(whereSeparator: { !isLetter($0) }).map { word in
      String(decoding: word.map { $0 | 0x20 }, as: UTF8.self)
    }
  }

  private static func firstToken(atOrAfter offset: Int, in tokens: [Token]) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
