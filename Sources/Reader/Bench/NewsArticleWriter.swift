/// Writes one synthetic news article from the grammar: a headline, a dateline paragraph, then
/// paragraphs of direct, split, multi-paragraph, mixed and indirect quotations attributed by
/// name, pronoun, description or organisation, with narration between them.
struct NewsArticleWriter {
  private var random: SeededRandom
  private var cast: [NewsPerson] = []
  private var introduced: Set<Int> = []
  /// The person the last paragraph was about, whom a pronoun may refer to.
  private var lastSpeaker: Int?

  init(random: SeededRandom) {
    self.random = random
  }

  /// The article as plain text (headline, blank line, paragraphs separated by blank lines),
  /// about `targetBytes` long in UTF-8.
  mutating func article(targetBytes: Int) -> String {
    cast = (0..<(3 + Int(random.next() % 3))).map { _ in NewsPerson(random: &random) }
    var paragraphs = [capitalised(fill(random.pick(NewsLexicon.headlines))), dateline()]
    var size = paragraphs.reduce(0) { $0 + $1.utf8.count + 2 }
    while size < targetBytes {
      let paragraph = nextParagraph()
      size += paragraph.utf8.count + 2
      paragraphs.append(paragraph)
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  private mutating func dateline() -> String {
    let place = random.pick(NewsLexicon.places).uppercased()
    return place + " — " + speaker(0, .subject) + " said on " + random.pick(NewsLexicon.days)
      + " that "
      + fill(random.pick(NewsLexicon.clauses)) + "."
  }

  private mutating func nextParagraph() -> String {
    let person = Int(random.next() % UInt64(cast.count))
    switch random.next() % 10 {
    case 0:
      lastSpeaker = nil
      return capitalised(fill(random.pick(NewsLexicon.narration))) + " "
        + capitalised(fill(random.pick(NewsLexicon.narration)))
    case 1:
      return "\"" + quotation(",") + "\" " + speaker(person, .afterQuote) + " said."
    case 2:
      return speaker(person, .subject) + " said: \"" + quotation(".") + " " + followUp() + "\""
    case 3:
      let opening = quotation(",")
      return "\"" + opening + "\" " + speaker(person, .afterQuote) + " said. \"" + followUp()
        + "\""
    case 4:
      return speaker(person, .subject) + " told reporters in " + random.pick(NewsLexicon.places)
        + ": \"" + quotation(".") + "\n\n\"" + followUp() + " " + quotation(".") + "\""
    case 5:
      return speaker(person, .subject) + " said " + fill(random.pick(NewsLexicon.clauses)) + "."
    case 6:
      return "According to " + speaker(person, .object) + ", "
        + fill(random.pick(NewsLexicon.clauses))
        + "."
    case 7:
      return speaker(person, .subject) + " described " + random.pick(NewsLexicon.topics)
        + " as \"a " + random.pick(["historic", "dangerous", "shameful", "fragile"])
        + " step\" and said " + fill(random.pick(NewsLexicon.clauses)) + "."
    case 8:
      lastSpeaker = nil
      let organisation = random.pick(NewsLexicon.organisations)
      return "\"" + quotation(",") + "\" " + organisation + " said in a statement on "
        + random.pick(NewsLexicon.days) + "."
    default:
      guard introduced.contains(person) else {
        return "\"" + quotation(",") + "\" " + speaker(person, .afterQuote) + " said."
      }
      lastSpeaker = person
      return "\"" + quotation(",") + "\" " + random.pick(["said", "added", "warned"]) + " "
        + cast[person].description + "."
    }
  }

  /// How the speaker is named: introduced in full the first time, then by surname, pronoun
  /// (only right after the same speaker) or description.
  private mutating func speaker(_ person: Int, _ position: SpeakerPosition) -> String {
    defer { lastSpeaker = person }
    guard introduced.contains(person) else {
      introduced.insert(person)
      return cast[person].introduction
    }
    guard lastSpeaker == person && position != .object && random.chance(0.6) else {
      return cast[person].surname
    }
    let pronoun = cast[person].pronoun
    return position == .subject ? capitalised(pronoun) : pronoun
  }

  /// Where a speaker's name goes in the sentence, which decides the pronoun's form.
  private enum SpeakerPosition {
    case subject
    case afterQuote
    case object
  }

  /// One sentence of speech, ending in `ending` ("," before an attribution, else ".").
  private mutating func quotation(_ ending: String) -> String {
    fill(random.pick(NewsLexicon.quoteSubjects)) + " " + random.pick(NewsLexicon.quoteVerbs)
      + " " + random.pick(NewsLexicon.topics) + random.pick(NewsLexicon.quoteTails) + ending
  }

  private mutating func followUp() -> String {
    random.pick(NewsLexicon.quoteFollowUps)
  }

  /// Replaces each {slot} in a template with a fresh pick from the lexicon.
  private mutating func fill(_ template: String) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      result += value(for: rest[rest.index(after: open)..<close])
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  private mutating func value(for slot: Substring) -> String {
    switch slot {
    case "place": return random.pick(NewsLexicon.places)
    case "topic": return random.pick(NewsLexicon.topics)
    case "org": return random.pick(NewsLexicon.organisations)
    case "day": return random.pick(NewsLexicon.days)
    case "nationality": return random.pick(NewsLexicon.nationalities)
    case "surname": return random.pick(cast).surname
    default: return ""
    }
  }

  private func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
