/// The words a reporting clause names as the source of a quote, before they are resolved.
struct SourcePhrase: Sendable, Hashable {
  /// What kind of phrase it is, which decides how the speaker sieve resolves it.
  enum Kind: Sendable, Hashable {
    /// A capitalised run or a noun phrase ("Jay Carney", "the spokesman", "U.S. officials").
    case phrase
    /// A subject pronoun ("he", "she", "they").
    case pronoun
    /// A relative pronoun standing for the phrase before it ("residents who argued").
    case relative
  }

  var tokens: Range<Int>
  var kind: Kind
  /// A comma-delimited block between the phrase and its cue ("Jones, a spokesman, said").
  var appositive: Range<Int>?
}
