/// A mention the rules have typed: a token range and, for people, the title words in front.
struct Span {
  /// The name's tokens (for people without titles: "John Kerry" in "Secretary of State John Kerry").
  var name: Range<Int>
  var type: EntityType
  /// Capitalised role words in the same run before the name ("Secretary of State", "Gen.").
  var title: Range<Int>?
}
