/// One reporting relation found by the templates: the reported content, the cue and where the
/// source is named (token ranges), before the speaker is resolved.
struct Attribution: Sendable, Hashable {
  var content: Range<Int>
  var cue: Range<Int>
  var source: SourcePhrase?
}
