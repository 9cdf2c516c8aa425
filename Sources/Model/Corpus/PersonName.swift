import Foundation

/// A person's name split into given names and surname, with titles and honorifics dropped
/// ("Secretary of State John F. Kerry" → given ["john", "f"], surname "kerry"), and the rules
/// that decide whether two forms of a name can be the same person.
struct PersonName: Hashable {
  /// Folded given names, in order, without dots ("j" for "J.").
  let given: [String]
  /// Folded surname, with lowercase particles ("von der leyen").
  let surname: String
  /// The name as written, without titles: "John F. Kerry".
  let display: String

  init?(_ name: String) {
    var tokens = name.split(whereSeparator: \.isWhitespace).map {
      String($0).trimmingCharacters(in: Self.edgePunctuation)
    }.filter { !$0.isEmpty }
    while let last = tokens.last, tokens.count > 1, Self.suffixes.contains(Self.key(last)) {
      tokens.removeLast()
    }
    guard var surnameStart = tokens.indices.last else { return nil }
    while surnameStart > 0, Self.particles.contains(tokens[surnameStart - 1]) {
      surnameStart -= 1
    }
    var givenStart = surnameStart
    while givenStart > 0 {
      let token = tokens[givenStart - 1]
      guard token.first?.isUppercase == true, !Self.titles.contains(Self.key(token)) else { break }
      givenStart -= 1
    }
    given = tokens[givenStart..<surnameStart].map(Self.key)
    surname = tokens[surnameStart...].map(Self.key).joined(separator: " ")
    display = tokens[givenStart...].joined(separator: " ")
    bucket = Self.transliterated(surname)
    guard !surname.isEmpty else { return nil }
  }

  /// The key of the surname bucket: the surname with transliteration variants made equal.
  let bucket: String

  /// True when the first given name is a full name rather than an initial or absent.
  var hasFullGivenName: Bool { (given.first?.count ?? 0) > 1 }

  /// Whether the given names of two forms of a name with the same surname can be one person:
  /// equal, an initial of the other, a short form, or a transliteration variant.
  func isCompatible(with other: PersonName) -> Bool {
    for (mine, theirs) in zip(given, other.given)
    where !Self.givenNamesMatch(mine, theirs) {
      return false
    }
    return true
  }

  static func givenNamesMatch(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard let first = a.first, first == b.first else {
      return nicknames[a]?.contains(b) == true || nicknames[b]?.contains(a) == true
    }
    if a.count == 1 || b.count == 1 { return true }
    let (ta, tb) = (transliterated(a), transliterated(b))
    if ta == tb { return true }
    let (short, long) = ta.count <= tb.count ? (ta, tb) : (tb, ta)
    if short.count >= 3, long.hasPrefix(short) { return true }
    if long.count >= 6, long.count == short.count + 1, differsByOneVowel(short, long) {
      return true
    }
    return nicknames[a]?.contains(b) == true || nicknames[b]?.contains(a) == true
  }

  /// True when `long` is `short` with one vowel inserted ("aleksandr" / "aleksander").
  private static func differsByOneVowel(_ short: String, _ long: String) -> Bool {
    let s = Array(short)
    let l = Array(long)
    var i = 0
    while i < s.count, s[i] == l[i] { i += 1 }
    return "aeiou".contains(l[i]) && s[i...] == l[(i + 1)...]
  }

  /// A spelling key under which common romanisations of one name agree
  /// ("sergey"/"sergei", "aleksandr"/"alexandr", "dmitriy"/"dmitry").
  static func transliterated(_ name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    var output = String.UnicodeScalarView()
    func append(_ replacement: String) {
      for scalar in replacement.unicodeScalars
      where !(scalar.properties.isAlphabetic && output.last == scalar) {
        output.append(scalar)
      }
    }
    var index = 0
    while index < scalars.count {
      if index + 1 < scalars.count,
        let replacement = digraphs[String(scalars[index]) + String(scalars[index + 1])]
      {
        append(replacement)
        index += 2
      } else {
        append(letters[scalars[index]] ?? String(scalars[index]))
        index += 1
      }
    }
    return String(output)
  }

  private static let digraphs = ["ph": "f", "kh": "h", "ou": "u", "iy": "i", "ij": "i"]
  private static let letters: [Unicode.Scalar: String] = [
    "x": "ks", "w": "v", "y": "i", "-": "", "'": "",
  ]

  static func key(_ token: String) -> String {
    FoldedText.fold(token).replacingOccurrences(of: ".", with: "")
  }

  private static let edgePunctuation = CharacterSet(charactersIn: ",;:()\"“”‘’")

  private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md"]

  private static let particles: Set<String> = [
    "von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "al", "el",
    "bin", "ibn", "ter", "ten", "dos", "das", "y",
  ]

  /// Titles and honorifics that may precede a name but are not part of it.
  private static let titles: Set<String> = [
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev",
    "president", "vice", "prime", "minister", "secretary", "state", "foreign", "defense",
    "defence", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
    "governor", "gov", "mayor", "general", "gen", "lt", "col", "colonel", "capt", "captain",
    "maj", "major", "sgt", "adm", "admiral", "chancellor", "ambassador", "king", "queen",
    "prince", "princess", "pope", "judge", "justice", "chief", "deputy", "director", "chairman",
    "chairwoman", "spokesman", "spokeswoman", "spokesperson", "leader", "commander", "sheikh",
    "ayatollah", "emir", "sultan", "premier", "speaker", "attorney", "officer", "agent",
    "inspector", "detective", "coach", "bishop", "cardinal", "rabbi", "imam", "father", "st",
  ]

  /// Common English short forms of given names, both ways.
  private static let nicknames: [String: Set<String>] = {
    let groups: [[String]] = [
      ["william", "bill", "will", "billy", "liam"], ["robert", "bob", "rob", "bobby", "bert"],
      ["richard", "dick", "rick", "rich"], ["james", "jim", "jimmy", "jamie"],
      ["joseph", "joe", "joey"], ["michael", "mike", "mick"], ["thomas", "tom", "tommy"],
      ["anthony", "tony"], ["elizabeth", "liz", "beth", "betty", "eliza"],
      ["katherine", "catherine", "kate", "kathy", "cathy", "katie"], ["david", "dave"],
      ["daniel", "dan", "danny"], ["edward", "ted", "ed", "eddie", "ned"],
      ["john", "jack", "johnny"], ["samuel", "sam"], ["benjamin", "ben"],
      ["nicholas", "nick"], ["stephen", "steven", "steve"], ["andrew", "andy", "drew"],
      ["peter", "pete"], ["charles", "chuck", "charlie"], ["henry", "hank", "harry"],
      ["lawrence", "larry"], ["gerald", "jerry"], ["gregory", "greg"], ["matthew", "matt"],
      ["patrick", "pat"], ["patricia", "pat", "patty"], ["susan", "sue"],
      ["jennifer", "jen", "jenny"], ["margaret", "maggie", "meg", "peggy"],
      ["alexander", "alex", "sasha"], ["vladimir", "vlad", "volodymyr"],
      ["christopher", "chris"], ["jonathan", "jon"], ["donald", "don"], ["ronald", "ron"],
      ["timothy", "tim"], ["kenneth", "ken"], ["frederick", "fred"],
    ]
    var table: [String: Set<String>] = [:]
    for group in groups {
      for name in group { table[name, default: []].formUnion(group.filter { $0 != name }) }
    }
    return table
  }()
}
