/// The article's entities seen from its tokens: which entity each token names, each person's
/// gender as far as the text tells it, and entities by role noun.
struct EntityIndex {
  /// A person's grammatical gender, for he/she.
  enum Gender: Sendable, Hashable {
    case male
    case female
  }

  let entities: [Entity]
  /// For each token, the index of the entity one of whose mentions covers it, or -1.
  let entityOfToken: [Int]
  /// Gender per entity, from titles and gendered role words; filled further by resolved pronouns.
  var genders: [Gender?]
  /// Person entities by each lower-cased word of their role ("spokesman" → [Jay Carney]).
  let byRoleWord: [String: [Int]]

  init(document: Document, entities: [Entity]) {
    let tokens = document.tokens
    var entityOfToken = [Int](repeating: -1, count: tokens.count)
    var genders = [Gender?](repeating: nil, count: entities.count)
    var byRoleWord: [String: [Int]] = [:]
    for (index, entity) in entities.enumerated() {
      for mention in entity.mentions {
        var token = Self.firstToken(atOrAfter: mention.start, in: tokens)
        while token < tokens.count, tokens[token].start < mention.end {
          entityOfToken[token] = index
          if entity.type == .person, genders[index] == nil, token > 0 {
            genders[index] = Self.gender(of: tokens[token - 1].key)
          }
          token += 1
        }
      }
      guard entity.type == .person, let role = entity.role else { continue }
      for word in role.lowercased().split(whereSeparator: { !$0.isLetter }) {
        byRoleWord[String(word), default: []].append(index)
        if genders[index] == nil { genders[index] = Self.gender(of: String(word)) }
      }
    }
    self.entities = entities
    self.entityOfToken = entityOfToken
    self.genders = genders
    self.byRoleWord = byRoleWord
  }

  /// The gender a title or gendered noun shows, if any.
  static func gender(of key: String) -> Gender? {
    if QuoteWords.maleWords.contains(key) { return .male }
    if QuoteWords.femaleWords.contains(key) { return .female }
    return nil
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
