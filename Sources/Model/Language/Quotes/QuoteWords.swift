/// The closed word classes the quote templates read: function words, time words, pronouns and the
/// nouns that name speakers, organisations and documents (all lower case, apostrophes folded).
enum QuoteWords {
  /// Words that, right before a cue form, make it something other than a reporting verb ("the
  /// said tanks", "declined to comment", "a request for comment", "did not say").
  static let blockCue: WordSet = [
    "the", "a", "an", "so-called", "to", "for", "not", "never", "no", "this", "his", "her", "worth",
    "their", "its", "our", "my", "your", "any", "without", "of", "further",
  ]

  /// Adverbs and auxiliaries allowed between a source and its cue ("Kerry also said").
  static let betweenSourceAndCue: WordSet = [
    "also", "repeatedly", "later", "then", "again", "previously", "has", "have", "had", "will",
    "would", "once", "publicly", "privately", "recently", "earlier", "further", "flatly", "simply",
    "reportedly", "first", "separately", "subsequently", "often", "frequently", "is", "was", "were",
    "are", "been", "quickly", "immediately", "last", "only", "just", "still", "initially",
    "angrily", "bluntly", "openly", "already", "even",
  ]

  /// Words that end a source phrase when walking away from the cue.
  static let clauseStops: WordSet = [
    "and", "but", "or", "nor", "so", "yet", "because", "while", "although", "though", "if",
    "when", "whereas", "as", "after", "before", "since", "that", "which", "who", "whom", "whose",
    "where", "than", "until", "unless", "whether", "is", "was", "are", "were", "be", "been",
    "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
    "must", "did", "does", "do", "not", "also", "said", "says", "say", "told", "it", "there",
    "however", "meanwhile", "instead", "then", "once", "how", "why", "what", "according",
  ]

  /// Words that open a subordinate clause before a main clause ("Though …, he said, …").
  static let subordinators: WordSet = [
    "though", "although", "when", "while", "if", "because", "since", "after", "before", "once",
    "unless", "until", "whereas", "as",
  ]

  /// Forms of "be": a cue form after them is a passive ("is observed"), not a report.
  static let beForms: WordSet = ["is", "was", "are", "were", "be", "been", "being", "'s"]

  /// Labels that open a line with a colon without naming a speaker ("Correction: …").
  static let labels: WordSet = [
    "correction", "update", "updated", "editor", "note", "related", "photo", "video", "watch",
    "read", "see", "also", "warning", "disclaimer", "tags", "topics", "share", "listen",
  ]

  /// Determiners that make the next words a noun phrase ("a note", "those jokes").
  static let determiners: WordSet = [
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "some", "any", "no", "every", "each", "another",
  ]

  /// Cue forms that are also nouns ("a remark", "the reports", "his claims").
  static let nounCueForms: WordSet = [
    "remark", "remarks", "claim", "claims", "comment", "comments", "report", "reports", "note",
    "notes", "call", "calls", "post", "posts", "tweet", "tweets", "answer", "answers", "reply",
    "replies", "warning", "warnings", "promise", "promises", "pledge", "pledges", "vow", "vows",
    "joke", "jokes", "quip", "quips", "boast", "boasts", "retort", "counter", "caution", "echo",
    "mention", "mentions", "repeat", "statement", "statements", "complaint", "complaints",
    "admission", "denial", "response",
  ]

  static let prepositions: WordSet = [
    "of", "for", "at", "on", "in", "from", "with", "to", "by", "about", "under", "over", "after",
    "before", "during", "into", "through", "via", "against", "among", "near", "since", "like",
    "without", "within", "across", "behind", "between", "inside", "outside", "aboard", "amid",
    "despite", "including", "regarding", "following", "toward", "towards", "upon", "per",
    "amidst", "beyond", "unlike", "except", "throughout",
  ]

  /// Nouns a name modifies rather than heads ("the Roe campaign", "Roe aides").
  static let groupNouns: WordSet = [
    "campaign", "spokesman", "spokeswoman", "aide", "aides", "official", "officials",
    "supporters", "opponent", "opponents", "staff", "allies", "advisers", "lawyers", "family",
  ]

  /// Days that may stand between a source and its cue ("tweets early Friday saying").
  static let weekdays: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight",
  ]

  /// Words that name a time and may follow a cue before its content ("said Tuesday that").
  static let timeWords: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "earlier", "later", "recently", "again", "also", "last", "this",
    "next", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "previously", "repeatedly", "publicly", "privately",
    "separately", "then", "now", "late", "early", "on", "in", "friday's", "once", "first",
  ]

  /// Subject pronouns that can be a speech source.
  static let subjectPronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]

  /// Relative pronouns that stand for the phrase before them ("residents who argued that").
  static let relativePronouns: WordSet = ["who", "which", "that"]

  /// After a comma, words that end indirect content: a new clause, another report, a citation.
  static let contentEnders: WordSet = [
    "but", "and", "which", "though", "although", "while", "saying", "adding", "citing",
    "noting", "according", "whereas", "arguing", "warning", "insisting", "explaining",
    "stressing", "pointing", "calling", "urging", "claiming", "telling",
  ]

  /// Words that introduce a quoted name or title rather than speech ("billed as", "singing").
  static let titleIntroducers: WordSet = [
    "titled", "entitled", "dubbed", "named", "nicknamed", "singing", "sang", "headlined",
    "branded", "labelled", "labeled", "as", "called", "read", "reads", "known", "marked",
    "termed", "so-called", "word", "term", "phrase", "slogan", "hashtag", "song", "album",
    "film", "movie", "book", "novel", "show", "series", "play", "poem", "headline",
  ]

  /// Head nouns of documents that "say" things on behalf of whoever issued them.
  static let documents: WordSet = [
    "statement", "report", "letter", "release", "memo", "filing", "order", "ruling", "note",
    "post", "tweet", "email", "document", "study", "survey", "analysis", "complaint", "lawsuit",
    "suit", "indictment", "notice", "announcement", "communique", "communiqué", "decision",
  ]

  /// Head nouns of organisations.
  static let organisations: WordSet = [
    "agency", "ministry", "department", "company", "firm", "bank", "government", "administration",
    "council", "committee", "commission", "campaign", "party", "group", "union", "court",
    "office", "authority", "service", "board", "association", "organization", "organisation",
    "institute", "university", "police", "army", "military", "network", "newspaper", "paper",
    "station", "embassy", "team", "club", "league", "federation", "coalition", "alliance",
    "senate", "house", "congress", "parliament", "cabinet", "kremlin", "pentagon", "corporation",
    "business", "industry", "school", "hospital", "county", "city", "state", "country",
    "regime", "junta", "fund", "foundation", "charity", "airline", "maker", "carrier", "utility",
    "operator", "producer", "retailer", "insurer", "lender", "publisher", "broadcaster",
  ]

  /// Titles written before a name, left out of a name the entity layer did not know.
  static let titles: WordSet = [
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.",
    "capt.", "adm.", "rev.", "governor", "president", "senator", "representative", "secretary",
    "minister", "mayor", "judge", "justice", "general", "chairman", "chairwoman", "chancellor",
    "spokesman", "spokeswoman", "ambassador", "commissioner", "director", "sheriff", "chief",
    "prime", "foreign", "defense", "defence", "vice", "former", "deputy", "coach", "manager",
  ]
}
