/// The words the synthetic news grammar draws from: names from many languages, roles,
/// organisations, places, topics and the pieces quotations are built of.
enum NewsLexicon {
  static let femaleNames = [
    "Maria", "Aisha", "Mei", "Priya", "Ngozi", "Ingrid", "Yuki", "Fatima", "Olga", "Sofía",
    "Chloé", "Amara", "Leila", "Zsófia", "Kateřina", "Thandiwe", "Siobhán", "Małgorzata",
    "Nguyễn Thị", "Anjali", "Hana", "Lucía", "Ebru", "Astrid",
  ]
  static let maleNames = [
    "John", "Sergey", "José", "Mohammed", "Wei", "Arjun", "Kwame", "Lars", "Hiroshi", "Mehmet",
    "Olumide", "Tomasz", "Andrés", "Dmitri", "Rahul", "Chinedu", "Pierre", "Matteo", "Jürgen",
    "Søren", "Tariq", "Björn", "Kofi", "Javier",
  ]
  static let surnames = [
    "Smith", "Lavrov", "García", "al-Hashimi", "Zhang", "Patel", "Mensah", "Andersen", "Tanaka",
    "Yılmaz", "Adeyemi", "Kowalski", "López", "Sharma", "Okafor", "Dubois", "Rossi", "Müller",
    "Haddad", "Kim", "O'Brien", "van der Berg", "Søndergaard", "Nakamura", "Ibrahim", "Novák",
    "Fernández", "Chaudhry", "Mbeki", "Larsen", "Wójcik", "Ó Briain", "Mahmoud", "Reyes",
  ]
  /// Roles as written before a name ("Foreign Minister Olga Novák").
  static let titles = [
    "Foreign Minister", "Finance Minister", "Prime Minister", "President", "Defence Secretary",
    "Senator", "Governor", "Mayor", "General", "Ambassador", "Health Minister",
  ]
  /// Roles as written after a name ("Olga Novák, the chief executive of Tata Motors,").
  static let positions = [
    "chief executive", "chief economist", "spokeswoman", "spokesman", "director", "chairman",
    "head of research", "senior analyst", "general secretary", "legal adviser",
  ]
  static let organisations = [
    "the United Nations", "the European Commission", "Siemens", "Tata Motors",
    "the World Health Organization", "the African Union", "Petrobras", "Greenpeace",
    "the International Monetary Fund", "the Bank of England", "Samsung Electronics",
    "the State Department", "Médecins Sans Frontières", "the Kremlin", "Nokia",
    "the Asian Development Bank", "the Red Cross", "Volkswagen", "the Central Bank of Nigeria",
  ]
  static let places = [
    "Moscow", "Lagos", "São Paulo", "Jakarta", "Reykjavík", "Kraków", "Nairobi", "Geneva",
    "Brussels", "Ankara", "Mumbai", "Montréal", "Seoul", "Bogotá", "Beirut", "Hanoi", "Oslo",
    "Syria", "Ukraine", "Ethiopia", "Brazil", "Indonesia", "the Sahel", "the Balkans",
  ]
  static let nationalities = [
    "Russian", "Nigerian", "Brazilian", "Indonesian", "Polish", "Kenyan", "Turkish", "Indian",
    "Canadian", "Korean", "Colombian", "Lebanese", "Vietnamese", "Norwegian", "German",
  ]
  static let topics = [
    "the trade agreement", "fuel subsidies", "the ceasefire", "water rights", "the new tariffs",
    "the pension reform", "vaccine supplies", "the border dispute", "interest rates",
    "the election timetable", "the mining licences", "the refugee programme", "the budget",
    "the climate targets", "the rail project", "food prices",
  ]
  static let days = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let quoteSubjects = [
    "We", "I", "The people of {place}", "Our partners", "Our members", "The families I meet",
  ]
  static let quoteVerbs = [
    "will not accept", "cannot ignore", "will gladly discuss", "have always supported",
    "must reconsider", "will fight against", "should not fear", "need to rethink",
  ]
  static let quoteTails = [
    "", " without real guarantees", " at any price", " in the coming weeks",
    " as long as I am in office", " before the end of the year", " under these conditions",
  ]
  static let quoteFollowUps = [
    "This is not the time for threats.", "It is a question of trust.",
    "We have been patient for too long.", "The numbers speak for themselves.",
    "Everyone knows what is at stake.", "Nobody should be surprised by this.",
    "We will keep talking, but our patience has limits.",
  ]
  static let clauses = [
    "the government would review {topic}", "talks on {topic} had stalled",
    "{org} was prepared to compromise on {topic}", "a deal on {topic} was within reach",
    "the delegation from {place} had walked out", "{topic} would be delayed until spring",
    "nobody had been consulted about {topic}", "the figures on {topic} were misleading",
  ]
  static let narration = [
    "Delegates from {place} and {place} met in {place} on {day} to discuss {topic}.",
    "{org} has been under pressure for months over {topic}.",
    "Protests over {topic} spread to {place} over the weekend, with thousands in the streets.",
    "The dispute over {topic} has divided {nationality} officials for more than a year.",
    "Markets in {place} fell sharply after the announcement on {day}.",
    "Officials at {org} declined to comment on the negotiations.",
    "Observers in {place} said the meeting ended without a joint statement.",
  ]
  static let headlines = [
    "{surname} warns of deadlock over {topic}", "Talks on {topic} stall in {place}",
    "{org} and {place} clash over {topic}", "{nationality} officials split on {topic}",
    "{surname} says {topic} deal is within reach",
  ]
}
