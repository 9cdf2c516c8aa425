/// First pass of the recogniser: cuts each sentence into runs of capitalised tokens (with name
/// connectors such as "of", "bin", "van" inside) and has `RunClassifier` type them.
///
/// One forward pass over the tokens; runs are capped at `maximumRun` tokens so that a line of
/// thousands of capitalised words costs linear time.
struct MentionFinder {
  static let maximumRun = 8

  let traits: NameTraits

  /// The typed spans in text order, and the capitalised tokens no rule typed ("loose").
  func find() -> (spans: [Span], loose: [Int]) {
    let classifier = RunClassifier(traits: traits)
    var spans: [Span] = []
    var loose: [Int] = []
    let tokens = traits.tokens
    for sentence in traits.document.sentences {
      let end = sentence.tokens.upperBound
      var k = sentence.tokens.lowerBound
      while k < end {
        guard traits.isNameLike(k) else {
          if isLooseCandidate(k) { loose.append(k) }
          k += 1
          continue
        }
        var j = k + 1
        while j < end && j - k < MentionFinder.maximumRun {
          if traits.isNameLike(j) && !tokens[j].has(.lineBreakBefore) {
            j += 1
          } else if let next = connectorEnd(at: j, runStart: k, limit: end) {
            j = next
          } else {
            break
          }
        }
        classifier.classify(k..<j, spans: &spans, loose: &loose)
        k = j
      }
    }
    return (spans, loose)
  }

  /// A capitalised word outside any run that propagation may still claim ("Earnest said").
  private func isLooseCandidate(_ k: Int) -> Bool {
    traits.tokens[k].kind == .word && traits.tokens[k].has(.capitalised)
      && !WordLists.nonNames.contains(traits.bare(k))
  }

  /// Where a run continues after a connector at `j` ("Bank of England", "Osama bin Laden",
  /// "Joint Chiefs of the Staff"), or nil when the connector does not join two names.
  private func connectorEnd(at j: Int, runStart: Int, limit: Int) -> Int? {
    let tokens = traits.tokens
    let key = tokens[j].key
    guard WordLists.nameConnectors.contains(key), tokens[j].kind == .word || key == "&",
      !tokens[j].has(.capitalised)
    else { return nil }
    var next = j + 1
    if key == "of", next < limit, tokens[next].key == "the" { next += 1 }
    // "van der Westhuizen", "de la Rúa", "bin al-Hussein": two particles in a row.
    if key != "of", next < limit, WordLists.nameConnectors.contains(tokens[next].key),
      tokens[next].key != "of", !tokens[next].has(.capitalised)
    {
      next += 1
    }
    guard next < limit, traits.isNameLike(next) else { return nil }
    if key == "of" {
      let head = traits.bare(j - 1)
      let joins =
        WordLists.organisationHeads.contains(head) || traits.isTitle(j - 1)
        || WordLists.locationHeads.contains(head) || WordLists.locationPrefixes.contains(head)
        || head == "university" || head == "republic" || head == "kingdom"
      return joins ? next : nil
    }
    return next
  }
}
