/// Search hits across the listed articles: `n`/`N` and the incremental `/` prompt.
extension ReaderState {
  /// Moves to the next (or previous) hit of the search query, wrapping round the list, and
  /// scrolls the article to it.
  mutating func jumpToHit(forward: Bool, includingCurrent: Bool) {
    guard !searchQuery.isEmpty else {
      message = "no search — press / to search"
      return
    }
    guard !items.isEmpty else { return }
    let count = items.count
    let pattern = TextFolding.pattern(searchQuery)
    // The corpus's word index names the articles that can hold a hit; only those are folded.
    var candidates = [Bool](repeating: false, count: corpus.articles.count)
    for index in corpus.articles(containing: searchQuery) { candidates[index] = true }
    for step in 0...count {
      let position = ((listCursor + (forward ? step : -step)) % count + count) % count
      let article = items[position].articleIndex
      let hits =
        candidates.indices.contains(article) && candidates[article]
        ? TextFolding.matches(
          of: pattern, in: searchText(ofArticle: article), firstOnly: forward && step > 0) : []
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
        searchFailed = false
        setCursor(position)
        searchHit = candidate
        scrollArticle(toOffset: candidate)
        return
      }
    }
    searchFailed = true
    message = "no match for ‘\(searchQuery)’"
  }
}
