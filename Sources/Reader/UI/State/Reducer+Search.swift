/// Search hits across the listed articles: `n`/`N` and the incremental `/` prompt.
extension ReaderState {
  /// Moves to the next (or previous) hit of the search query, wrapping round the list, and
  /// scrolls the article to it.
  mutating func jumpToHit(forward: Bool, includingCurrent: Bool) {
    guard !searchQuery.isEmpty else {
      message = "no search — press / to search"
      return
    }
    guard !visible.isEmpty else { return }
    let count = visible.count
    for step in 0...count {
      let position = ((listCursor + (forward ? step : -step)) % count + count) % count
      let hits = TextFolding.matches(
        of: searchQuery, in: library.entries[visible[position]].folded)
      let candidate: Int?
      if step == 0 {
        let from = searchHit ?? (forward ? -1 : Int.max)
        candidate =
          forward
          ? hits.first { includingCurrent ? $0 >= from : $0 > from }
          : hits.last { includingCurrent ? $0 <= from : $0 < from }
      } else {
        candidate = forward ? hits.first : hits.last
      }
      if let candidate {
        setCursor(position)
        searchHit = candidate
        scrollArticle(toOffset: candidate)
        return
      }
    }
    message = "no match for ‘\(searchQuery)’"
  }
}
