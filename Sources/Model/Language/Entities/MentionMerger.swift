/// Groups typed spans into entities within one article.
///
/// People: multi-word names merge when their last names agree and their first names agree (or
/// one is the other's initial); "Kerry", "Mr. Kerry" and "Secretary Kerry" join the person whose
/// last name they are (the most recently mentioned one when two share it); a person is named
/// by the fullest form. Other types merge by their lower-case phrase.
struct MentionMerger {
  let traits: NameTraits

  /// One group of spans that name the same thing.
  struct Group {
    var type: EntityType
    var spans: [Span]
    /// Token start of each span, in text order of insertion.
    var positions: [Int]
  }

  func merge(_ spans: [Span]) -> [Group] {
    var groups: [Group] = []
    var bySurname = [String: [Int]](minimumCapacity: spans.count)
    var byGiven = [String: [Int]](minimumCapacity: spans.count)
    var byPhrase = [String: Int](minimumCapacity: spans.count)
    let classifier = RunClassifier(traits: traits)
    let propagation = Propagation(traits: traits)

    func add(_ span: Span, to index: Int) {
      groups[index].spans.append(span)
      groups[index].positions.append(span.name.lowerBound)
    }

    // Full names first, so that earlier single words ("Kerry" in a headline) find them.
    for span in spans where span.type == .person && span.name.count >= 2 {
      let given = traits.bare(span.name.lowerBound)
      let surnames = propagation.surnameKeys(span.name)
      let same = surnames.lazy.compactMap { bySurname[$0] }.first?.first { index in
        guard let other = groups[index].spans.first(where: { $0.name.count >= 2 }) else {
          return false
        }
        return self.sameGivenName(given, traits.bare(other.name.lowerBound))
      }
      if let same {
        add(span, to: same)
      } else {
        groups.append(Group(type: .person, spans: [span], positions: [span.name.lowerBound]))
        for key in surnames { bySurname[key, default: []].append(groups.count - 1) }
        byGiven[given, default: []].append(groups.count - 1)
      }
    }
    for span in spans where span.type != .person || span.name.count == 1 {
      let key = classifier.key(span.name)
      if span.type == .person {
        let stripped = Propagation.withoutParticle(key)
        let candidates =
          bySurname[key] ?? stripped.flatMap { bySurname[$0] }
          ?? (byGiven[key]?.count == 1 ? byGiven[key] : nil)
        if let candidates, let index = nearest(candidates, before: span.name.lowerBound, groups) {
          add(span, to: index)
          continue
        }
      }
      let phraseKey = "\(span.type.rawValue) \(key)"
      if let index = byPhrase[phraseKey] {
        add(span, to: index)
      } else {
        groups.append(Group(type: span.type, spans: [span], positions: [span.name.lowerBound]))
        byPhrase[phraseKey] = groups.count - 1
        if span.type == .person { bySurname[key, default: []].append(groups.count - 1) }
      }
    }
    return groups
  }

  /// "John" and "John", or "J." and "John".
  private func sameGivenName(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let a1 = a.hasSuffix(".") ? String(a.dropLast()) : nil
    let b1 = b.hasSuffix(".") ? String(b.dropLast()) : nil
    if let a1, a1.count == 1 { return b.hasPrefix(a1) }
    if let b1, b1.count == 1 { return a.hasPrefix(b1) }
    return false
  }

  /// The candidate mentioned most recently before `position`, else the first one.
  private func nearest(_ candidates: [Int], before position: Int, _ groups: [Group]) -> Int? {
    guard candidates.count > 1 else { return candidates.first }
    var best: (index: Int, at: Int)?
    for index in candidates {
      let latest = groups[index].positions.filter { $0 < position }.max()
      if let latest, latest > (best?.at ?? -1) { best = (index, latest) }
    }
    return best?.index ?? candidates.first
  }
}
