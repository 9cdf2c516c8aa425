/// A person in a synthetic article: the name, how they are introduced, and the pronoun that
/// refers back to them.
struct NewsPerson {
  var name: String
  var surname: String
  var pronoun: String
  /// The first mention with the role ("Polish Foreign Minister Olga Novák", or
  /// "Olga Novák, the chief executive of Nokia,").
  var introduction: String
  /// How the person is described without the name ("the minister").
  var description: String

  init(random: inout SeededRandom) {
    let female = random.chance(0.5)
    let given = random.pick(female ? NewsLexicon.femaleNames : NewsLexicon.maleNames)
    surname = random.pick(NewsLexicon.surnames)
    name = given + " " + surname
    pronoun = female ? "she" : "he"
    description = random.pick(NewsLexicon.descriptions)
    if random.chance(0.5) {
      introduction =
        random.pick(NewsLexicon.nationalities) + " " + random.pick(NewsLexicon.titles) + " " + name
    } else {
      introduction =
        name + ", " + random.pick(NewsLexicon.positions) + " of "
        + random.pick(NewsLexicon.organisations) + ","
    }
  }
}
