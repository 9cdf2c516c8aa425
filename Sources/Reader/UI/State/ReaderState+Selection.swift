/// The selection the export writes: the listed articles (only the marked ones if any are
/// marked) with the quotes that pass the speaker filter.
extension ReaderState {
  var selectedIndices: [Int] {
    guard !marked.isEmpty else { return visible }
    return visible.filter { marked.contains(library.entries[$0].article.id) }
  }

  /// Articles and quotes among the given entries, under the speaker filter.
  func counts(of indices: [Int]) -> (articles: Int, quotes: Int) {
    let quotes = indices.reduce(0) {
      $0 + library.quotes(of: library.entries[$1], speakers: speakerFilter).count
    }
    return (indices.count, quotes)
  }
}
