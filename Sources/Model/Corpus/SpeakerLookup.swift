/// The outcome of finding a speaker from what the user typed.
public enum SpeakerLookup: Sendable, Hashable {
  /// Exactly one speaker matches.
  case found(CorpusSpeaker)
  /// Several speakers match equally well; all of them, most quoted first.
  case ambiguous([CorpusSpeaker])
  /// Nothing matches; the closest names, best first (possibly none).
  case none(closest: [CorpusSpeaker])
}
