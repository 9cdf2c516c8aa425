/// The verbs of saying that can report speech, in every tense, each with the evidence it needs
/// before it counts as a reporting cue (gated by how precise the form is as a cue in real news).
enum CueLexicon {
  /// What a cue word needs around it to report speech.
  enum Gate: Sendable, Hashable {
    /// A precise cue (said, told, added, noted…): any reported content will do.
    case open
    /// Reports speech only before a that-clause, a colon or a quotation (urged, promised, asked…).
    case thatOrQuote
    /// A commitment (promised, vowed, pledged): a that-clause, a quotation or "to" + verb.
    case commitment
    /// Reports speech only right before or after a quotation (spoke, called).
    case quoteOnly
    /// Mostly a noun elsewhere (a report, a statement, a post): only a verb right after its subject.
    case afterSubject
  }

  /// The gate of a lower-cased word form, or nil when it is no cue.
  static func gate(of word: String) -> Gate? {
    // Every form has at least three letters: shorter words need no lookup.
    word.utf8.count < 3 ? nil : forms[word]
  }

  /// Cue forms that need a following word to report speech ("according to", "pointed out").
  static func particle(after word: String) -> String? {
    switch word {
    case "according": return "to"
    case "point", "points", "pointed", "pointing": return "out"
    default: return nil
    }
  }

  /// Forms of "call" that report a demand before "for" or "on" ("called for a ceasefire").
  static func takesForOrOn(_ word: String) -> Bool {
    ["call", "calls", "called", "calling"].contains(word)
  }

  /// Verbs that report speech about a topic before "about" or "of" ("spoke about the death",
  /// "spoke emotionally of his flights"); the topic is the content.
  static func takesTopic(_ word: String) -> Bool {
    topicForms.contains(word)
  }

  private static let topicForms: WordSet = [
    "speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking",
    "complain", "complains", "complained", "complaining",
  ]

  private static let open = [
    "say", "tell", "add", "note", "write", "explain", "argue", "warn", "insist", "stress",
    "emphasize", "emphasise", "acknowledge", "announce", "claim", "declare", "concede", "tweet",
    "confirm", "deny", "assert", "admit", "reiterate", "recall", "respond", "reply", "answer",
    "mention", "testify", "contend", "allege", "remark", "quip", "boast", "joke", "counter",
    "retort", "exclaim", "proclaim", "caution", "complain", "observe", "maintain", "repeat",
    "predict",
  ]
  private static let thatOrQuote = [
    "urge", "ask", "post", "inform", "assure", "shout", "yell", "whisper",
    "echo", "recount",
  ]
  private static let commitment = ["promise", "vow", "pledge", "threaten"]
  private static let quoteOnly = ["speak", "call", "describe", "continue"]
  /// Past and third-person forms only: the base forms are nouns far more often.
  private static let afterSubject = [
    "reported", "reports", "stated", "states", "commented", "comments",
  ]

  /// Irregular verbs' forms, by base form.
  private static let irregular: [String: [String]] = [
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "speak": ["speak", "speaks", "spoke", "spoken", "speaking"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "deny": ["deny", "denies", "denied", "denying"],
    "reply": ["reply", "replies", "replied", "replying"],
    "tweet": ["tweet", "tweets", "tweeted", "tweeting"],
  ]

  private static let forms: KeyTable<Gate> = {
    var table = KeyTable<Gate>()
    for (verbs, gate) in [
      (afterSubject, Gate.afterSubject), (quoteOnly, .quoteOnly), (thatOrQuote, .thatOrQuote),
      (commitment, .commitment), (open, .open),
    ] {
      for verb in verbs {
        let forms = gate == .afterSubject ? [verb] : irregular[verb] ?? regularForms(verb)
        for form in forms { table.update(form, default: gate) { $0 = gate } }
      }
    }
    for particleCue in ["according", "point", "points", "pointed", "pointing"] {
      table.update(particleCue, default: .open) { $0 = .open }
    }
    return table
  }()

  /// Base, third person, past and -ing forms of a regular verb.
  static func regularForms(_ verb: String) -> [String] {
    if verb.hasSuffix("e") {
      return [verb, verb + "s", verb + "d", String(verb.dropLast()) + "ing"]
    }
    if verb.hasSuffix("y"), let last = verb.dropLast().last, !"aeiou".contains(last) {
      let stem = String(verb.dropLast())
      return [verb, stem + "ies", stem + "ied", verb + "ing"]
    }
    if verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("ss") || verb.hasSuffix("x") {
      return [verb, verb + "es", verb + "ed", verb + "ing"]
    }
    if verb == "echo" { return ["echo", "echoes", "echoed", "echoing"] }
    return [verb, verb + "s", verb + "ed", verb + "ing"]
  }
}
