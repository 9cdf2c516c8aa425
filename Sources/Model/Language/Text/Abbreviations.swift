/// Words that keep their final period as part of the token and whether such a period can still
/// end a sentence.
enum Abbreviations {
  /// Titles and honorifics written before a name: their period never ends a sentence.
  static let titles: WordSet = [
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
    "capt", "cpl", "maj", "adm", "cmdr", "brig", "pvt", "rev", "fr", "hon", "pres", "supt",
    "insp", "det", "amb", "sec", "atty", "st", "mt", "ft", "gens", "sens", "reps",
  ]

  /// Abbreviations that take their period in any case; it ends a sentence only before a clear
  /// sentence opener.
  static let anyCase: WordSet = [
    "jr", "sr", "inc", "corp", "co", "ltd", "plc", "bros", "llc", "vs", "etc", "approx", "fig",
    "vol", "pp", "al", "cf", "ca",
  ]

  /// Abbreviations that take their period only when capitalised (months, days, US states, …),
  /// because their lower-case forms are ordinary words.
  static let capitalisedOnly: WordSet = [
    "dept", "univ", "assn", "ave", "blvd", "rd", "hwy",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    "tue", "tues", "thu", "thurs", "fri",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
  ]

  /// Lower-case words that, capitalised after an abbreviation's period, show a new sentence.
  static let sentenceOpeners: WordSet = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on",
    "at", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "my",
    "if", "when", "while", "after", "before", "as", "so", "yet", "however", "meanwhile",
    "still", "also", "then", "for", "with", "some", "many", "most", "one", "no", "what",
  ]

  /// True when a word with lower-case form `key` takes a following period along.
  static func takesPeriod(_ key: String, capitalised: Bool) -> Bool {
    if anyCase.contains(key) { return true }
    return capitalised && (titles.contains(key) || capitalisedOnly.contains(key))
  }
}
