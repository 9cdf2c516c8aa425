/// A person in a synthetic article: the name, how they are introduced, and the pronoun that
/// refers back to them.
struct NewsPerson {
  var name: String
  var surname: String
  var pronoun: String
  /// The first mention with the role ("Polish Foreign Minister Olga Novák", or
  /// "Olga Novák, the chief executive of Nokia,").
  var introduction: String
  /// How the person is described without the name ("the foreign minister").
  var description: String

  init(random: inout SeededRandom) {
    let female = random.chance(0.5)
    let given = random.pick(female ? NewsLexicon.femaleNames : NewsLexicon.maleNames)
    surname = random.pick(NewsLexicon.surnames)
    name = given + " " + surname
    pronoun = female ? "she" : "he"
    if random.chance(0.5) {
      let title = random.pick(NewsLexicon.titles)
      introduction = random.pick(NewsLexicon.nationalities) + " " + title + " " + name
      description = "the " + title.lowercased()
    } else {
      let position = random.pick(NewsLexicon.positions)
      introduction = name + ", " + position + " at " + random.pick(NewsLexicon.organisations) + ","
      description = "the " + position
    }
  }
}
