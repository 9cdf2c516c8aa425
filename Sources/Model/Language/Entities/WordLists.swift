/// Hand-written lists of generic words the entity rules key on (lower case, abbreviations without
/// their period): titles, role nouns, organisation and place head nouns, groups, stop words.
enum WordLists {
  /// Titles written before a person's name ("President", "Gen.", "Mr.", "Secretary").
  static let personTitles: WordSet = [
    "mr", "mrs", "ms", "miss", "messrs", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice-president", "president-elect", "secretary", "minister", "premier",
    "chancellor", "governor", "gov", "mayor", "senator", "sen", "rep", "representative",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "councillor", "councilman",
    "councilwoman", "alderman", "judge", "justice", "magistrate", "ambassador", "envoy", "general",
    "gen", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm",
    "admiral", "cmdr", "commander", "lieutenant", "corporal", "cpl", "pvt", "private", "brig",
    "brigadier", "marshal", "inspector", "insp", "detective", "det", "supt", "superintendent",
    "constable", "officer", "chief", "director", "chairman", "chairwoman", "chairperson",
    "commissioner", "king", "queen", "prince", "princess", "emperor", "empress", "sheikh",
    "sheik", "emir", "sultan", "ayatollah", "imam", "mullah", "pope", "cardinal", "archbishop",
    "bishop", "rabbi", "reverend", "rev", "fr", "pastor", "coach", "manager", "spokesman",
    "spokeswoman", "spokesperson", "leader", "deputy", "executive", "ceo", "chairs", "trustee",
    "attorney", "prosecutor", "sheriff", "speaker", "whip", "treasurer", "comptroller",
    "auditor", "registrar", "dean", "provost", "rector", "principal", "headmaster", "coroner",
    "pres", "amb", "atty", "hon", "gens", "sens", "reps",
  ]

  /// Titles that say a person is a man or a woman.
  static let maleTitles: WordSet = [
    "mr", "sir", "lord", "king", "prince", "emperor", "sheikh", "sheik", "emir", "sultan",
    "congressman", "councilman", "assemblyman", "chairman", "spokesman", "father", "fr",
    "brother", "ayatollah", "pope", "cardinal", "rabbi", "headmaster", "alderman",
  ]
  static let femaleTitles: WordSet = [
    "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "empress", "congresswoman",
    "councilwoman", "assemblywoman", "chairwoman", "spokeswoman", "sister", "mother",
  ]

  /// Honorifics that are not a role on their own.
  static let honorifics: WordSet = [
    "mr", "mrs", "ms", "miss", "messrs", "sir", "dame", "dr", "hon",
  ]

  /// Lower-case nouns that head a role phrase ("White House spokesman", "a union leader").
  static let roleNouns: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "chief", "leader",
    "official", "president", "chairman", "chairwoman", "chair", "director", "head", "coach",
    "captain", "manager", "commander", "ambassador", "envoy", "adviser", "advisor", "aide",
    "lawyer", "attorney", "analyst", "economist", "executive", "founder", "co-founder", "owner",
    "editor", "reporter", "correspondent", "columnist", "governor", "mayor", "senator",
    "lawmaker", "legislator", "congressman", "congresswoman", "candidate", "nominee", "deputy",
    "general", "colonel", "officer", "prosecutor", "judge", "justice", "striker", "midfielder",
    "goalkeeper", "defender", "forward", "player", "champion", "winner", "premier", "chancellor",
    "diplomat", "negotiator", "representative", "counterpart", "commissioner", "inspector",
    "detective", "sheriff", "superintendent", "principal", "teacher", "professor", "scientist",
    "researcher", "expert", "activist", "organizer", "organiser", "campaigner", "strategist",
    "consultant", "partner", "member", "treasurer", "auditor", "ceo", "cfo", "coo", "cto",
    "president-elect", "vice-president", "businessman", "businesswoman", "entrepreneur",
    "investor", "banker", "trader", "broker", "king", "queen", "prince", "princess", "emir",
    "cleric", "imam", "bishop", "pastor", "priest", "rabbi", "pope", "monarch", "dictator",
    "speaker", "whip", "councillor", "councilman", "councilwoman", "alderman", "trustee",
    "delegate", "mediator", "monitor", "investigator", "administrator", "regulator", "dean",
    "historian", "author", "writer", "novelist", "poet", "artist", "actor", "actress", "singer",
    "director-general", "secretary-general", "boss", "supremo", "lieutenant", "sergeant",
    "admiral", "major", "marshal", "warden", "chairperson", "physician", "doctor", "surgeon",
    "nurse", "pilot", "driver", "rider", "runner", "swimmer", "cyclist", "batsman", "bowler",
    "pitcher", "quarterback", "guard", "chef", "designer", "architect", "engineer", "mother",
    "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "resident",
    "student", "worker", "farmer", "citizen", "veteran", "survivor", "witness", "victim",
  ]

  /// Words that modify a role ("former Pentagon chief", "acting director").
  static let roleModifiers: WordSet = [
    "former", "acting", "deputy", "senior", "top", "vice", "assistant", "associate", "interim",
    "then", "longtime", "long-time", "veteran", "retired", "incoming", "outgoing", "new",
    "chief", "junior", "principal", "lead", "co", "joint", "executive", "general", "managing",
    "special", "foreign", "defense", "defence", "finance", "prime", "state", "national",
    "regional", "local", "federal", "military", "press", "opposition", "union", "party",
    "team", "club", "company", "campaign", "government", "police", "army", "security",
    "communications", "news", "labor", "labour", "trade", "justice", "interior", "health",
    "education", "energy", "economy", "transport", "coalition", "rebel", "deputy-chief",
  ]

  /// Words that end an organisation's name ("State Department", "Syrian National Coalition").
  static let organisationHeads: WordSet = [
    "department", "ministry", "council", "agency", "bank", "party", "university", "coalition",
    "committee", "commission", "corp", "corporation", "inc", "group", "association", "union",
    "army", "navy", "police", "court", "assembly", "parliament", "congress", "senate", "front",
    "movement", "organization", "organisation", "institute", "foundation", "fund", "bureau",
    "office", "service", "services", "company", "co", "airlines", "airways", "times", "post",
    "news", "press", "club", "society", "federation", "league", "board", "authority", "forces",
    "guard", "brigade", "brigades", "network", "church", "school", "college", "hospital",
    "museum", "exchange", "cabinet", "chiefs", "staff", "administration", "government",
    "holdings", "industries", "systems", "technologies", "motors", "energy", "bancorp",
    "trust", "partners", "capital", "securities", "insurance", "pharmaceuticals", "media",
    "entertainment", "communications", "telecom", "airline", "railways", "railway", "group",
    "academy", "alliance", "caucus", "tribunal", "secretariat", "directorate", "command",
    "regiment", "battalion", "division", "corps", "militia", "ltd", "plc", "llc", "ag", "sa",
    "gmbh", "nv", "bv", "spa", "ab", "asa", "journal", "herald", "tribune", "gazette", "daily",
    "magazine", "television", "radio", "broadcasting", "studios", "records", "team", "united",
    "rovers", "wanderers", "athletic", "city", "international", "center", "centre", "motor",
    "brothers", "bros",
    "associates", "llp", "lp", "sons", "laboratories", "labs", "pharma",
  ]

  /// Heads that make a capitalised run a place ("Vnukovo Airport", "Red Sea", "Mount Everest").
  static let locationHeads: WordSet = [
    "river", "sea", "ocean", "mountains", "mountain", "mount", "mt", "lake", "valley", "desert",
    "island", "islands", "peninsula", "gulf", "bay", "strait", "straits", "coast", "heights",
    "canal", "basin", "plateau", "airport", "square", "street", "bridge", "park", "forest",
    "hills", "range", "delta", "glacier", "falls", "harbour", "harbor", "port", "cape",
    "avenue", "road", "highway", "province", "region", "district", "county", "tower", "towers",
    "building", "stadium", "arena", "plaza", "palace", "castle", "cathedral", "mosque",
  ]

  /// Place heads that come first ("Mount Everest", "Lake Victoria", "Gulf of Mexico").
  static let locationPrefixes: WordSet = ["mount", "mt", "lake", "cape", "gulf", "isle"]

  /// Regions and physical features no permissive gazetteer here covers.
  static let locations: WordSet = [
    "middle east", "near east", "far east", "europe", "asia", "africa", "north america",
    "south america", "latin america", "central america", "oceania", "antarctica", "arctic",
    "antarctic", "balkans", "caucasus", "central asia", "southeast asia", "south asia",
    "east asia", "west africa", "east africa", "north africa", "southern africa",
    "sub-saharan africa", "horn of africa", "gulf", "persian gulf", "west bank", "gaza strip",
    "gaza", "sahara", "sahel", "mediterranean", "atlantic", "pacific", "indian ocean",
    "black sea", "red sea", "caspian sea", "baltic", "caribbean", "scandinavia", "siberia",
    "kashmir", "crimea", "kurdistan", "donbas", "donbass", "himalayas", "alps", "andes",
    "nile", "danube", "rhine", "thames", "euphrates", "tigris", "golan heights", "sinai",
    "korean peninsula", "silicon valley", "wall street", "midwest", "new england", "the west",
    "western europe",
    "eastern europe", "central europe", "northern ireland", "south china sea", "east china sea",
    "north sea", "english channel", "amazon basin", "patagonia", "tibet", "chechnya", "darfur",
    "punjab", "bengal", "anatolia", "mesopotamia", "levant", "maghreb", "arabian peninsula",
  ]

  /// Common short and old names of countries the gazetteers spell out.
  static let placeAliases: WordSet = [
    "u.s.", "us", "usa", "u.s.a.", "america", "u.k.", "uk", "britain", "great britain",
    "england", "scotland", "wales", "uae", "u.a.e.", "soviet union", "ussr", "holland",
    "burma", "north korea", "south korea", "dprk", "prc", "taiwan", "hong kong", "macau",
    "ivory coast", "czech republic", "congo", "vatican", "palestine", "kosovo", "washington",
    "d.c.", "n.y.", "l.a.", "new york city",
  ]

  /// Well-known organisations that carry no head noun (news agencies, institutions, groups).
  static let organisations: WordSet = [
    "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "bbc",
    "cnn", "nbc", "cbs", "abc", "fox news", "msnbc", "npr", "pbs", "al jazeera", "xinhua",
    "interfax", "tass", "itar-tass", "ria novosti", "kyodo", "yonhap", "dpa", "ansa", "efe",
    "getty images", "new york times", "washington post", "wall street journal", "guardian",
    "financial times", "economist", "politico", "axios", "white house", "kremlin", "pentagon",
    "state department", "congress", "senate", "parliament", "nato", "un", "u.n.",
    "united nations", "european union", "eu", "imf", "world bank", "who", "unicef", "unesco",
    "unhcr", "red cross", "red crescent", "fbi", "cia", "nsa", "fed", "federal reserve",
    "supreme court", "hamas", "hezbollah", "hizbollah", "taliban", "al-qaeda", "al qaeda",
    "islamic state", "isis", "isil", "daesh", "boko haram", "al-shabab", "opec", "interpol",
    "wto", "oecd", "g7", "g20", "asean", "african union", "arab league", "google", "apple",
    "microsoft", "amazon", "facebook", "meta", "twitter", "tesla", "nasa", "fifa", "uefa",
    "ioc", "nba", "nfl", "mlb", "nhl", "greenpeace", "amnesty international",
    "human rights watch", "kgb", "mossad", "duma", "knesset", "bundestag", "politburo",
    "scotland yard", "downing street", "whitehall", "nasdaq", "dow jones", "treasury",
    "euronext", "moody's", "fitch", "standard & poor's", "gazprom", "rosneft", "aeroflot",
    "boeing", "airbus", "toyota", "volkswagen", "samsung", "sony", "huawei", "alibaba",
    "tencent", "walmart", "exxon", "chevron", "shell", "bp", "nissan", "honda", "siemens",
    "nestle", "unilever", "pfizer", "ibm", "intel", "oracle", "cisco", "netflix", "disney",
    "uber", "ebay", "paypal", "visa", "mastercard", "citigroup", "barclays", "hsbc", "ubs",
    "goldman sachs", "jpmorgan", "jp morgan", "morgan stanley", "medicare", "medicaid",
    "merrill lynch", "wells fargo", "lehman brothers", "charles schwab", "procter & gamble",
    "johnson & johnson", "ernst & young", "deloitte", "kpmg", "mckinsey", "lloyds",
    "hewlett-packard", "dell", "walt disney", "philip morris", "marks & spencer", "sainsbury's",
    "tesco", "ford", "general motors", "general electric", "bank of america", "credit suisse",
    "deutsche bank", "bnp paribas", "societe generale", "santander", "nomura", "blackrock",
  ]

  /// Religious, political and ethnic groups (NORP) beside the demonym list.
  static let groups: WordSet = [
    "sunni", "sunnis", "shiite", "shiites", "shia", "shi'ite", "shi'ites", "muslim", "muslims",
    "christian", "christians", "jew", "jews", "jewish", "catholic", "catholics", "protestant",
    "protestants", "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs", "arab", "arabs",
    "kurd", "kurds", "kurdish", "alawite", "alawites", "islamist", "islamists", "democrat",
    "democrats", "republican", "republicans", "socialist", "socialists", "communist",
    "communists", "tory", "tories", "druze", "pashtun", "pashtuns", "tamil", "tamils", "hutu",
    "tutsi", "palestinian", "palestinians", "western", "european", "europeans", "african",
    "africans", "asian", "asians", "latino", "latinos", "latina", "hispanic", "hispanics",
    "evangelical", "evangelicals", "orthodox", "islamic", "arabic", "persian", "slav", "slavs",
    "baltic", "nordic", "jihadist", "jihadists", "salafist", "salafists", "yazidi", "yazidis",
    "uighur", "uighurs", "uyghur", "uyghurs", "rohingya", "maori", "aboriginal", "bedouin",
    "liberal", "liberals", "conservative", "conservatives", "labourite", "gaullist",
  ]

  /// Calendar and other capitalised words that are never names on their own.
  static let nonNames: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "i", "god", "internet", "web", "christmas", "easter", "ramadan",
    "eid", "thanksgiving", "hanukkah", "passover", "halloween", "today", "yesterday",
    "tomorrow", "english", "spanish", "french", "german", "o",
    "ok", "tv", "ad", "bc", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "pdt", "edt",
    "pst", "cet", "ceo", "cfo", "gdp", "covid", "covid-19", "aids", "hiv", "dna", "ai",
  ]

  /// Connectors allowed inside a name ("Bank of England", "Ludwig van Beethoven", "Osama bin
  /// Laden", "Procter & Gamble").
  static let nameConnectors: WordSet = [
    "of", "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin",
    "ibn", "al", "el", "abu", "&", "y", "dos", "das", "ter", "zu",
  ]

  /// Lower-case particles that may start a capitalised name part ("al-Assad", "d'Estaing").
  static let namePrefixes: [String] = [
    "al-", "el-", "ad-", "as-", "an-", "ash-", "at-", "az-", "bin-", "ibn-", "d'", "o'",
    "van-", "de-",
  ]

  /// Name suffixes that are not surnames ("Jr.", "III").
  static let nameSuffixes: WordSet = ["jr", "sr", "ii", "iii", "iv", "v", "phd", "md"]

  /// Verbs of saying and doing, and nouns of a person's following, that right after an unknown
  /// capitalised word show a person.
  static let personVerbs: WordSet = [
    "said", "says", "told", "tells", "added", "asked", "explained", "noted", "argued", "warned",
    "insisted", "wrote", "writes", "recalled", "admitted", "acknowledged", "conceded",
    "stressed", "replied", "answered", "claimed", "urged", "believes", "thinks", "thought",
    "felt", "feels", "wants", "wanted", "hopes", "hoped", "smiled", "laughed", "died",
    "married", "resigned",
    // nouns of a person's following: "the Obama administration", "Clinton aides"
    "administration", "campaign", "aides", "aide", "supporters", "allies", "presidency",
    "camp", "adviser", "advisers", "advisors", "loyalists", "spokesman", "spokeswoman",
  ]

  /// Function words and reporting verbs a role phrase never runs across.
  static let roleStops: WordSet = [
    "a", "an", "the", "and", "or", "but", "with", "by", "for", "to", "from", "in", "on", "at",
    "of", "as", "that", "this", "said", "says", "told", "added", "according", "than", "who",
    "which", "when", "while", "after", "before", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "met", "called", "named", "his", "her", "their", "its", "our",
    "like", "unlike", "including", "during", "under", "over", "via", "without", "about",
    "against", "between", "among", "despite", "through", "toward", "towards", "into", "upon",
    "within", "across", "if", "because", "although", "though", "so", "also", "even", "just",
    "only", "now", "still", "where", "whether", "since", "until", "asked", "thanked", "praised",
  ]
}
