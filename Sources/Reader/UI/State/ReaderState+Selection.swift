import Model

/// The current article's quotes as the panes show them.
extension ReaderState {
  /// The current article's quotes that pass the speaker filter, as (index in the analysis,
  /// quote), in text order.
  var currentQuotes: [(index: Int, quote: Quote)] {
    guard let item = currentItem else { return [] }
    let quotes = item.article.analysis.quotes
    return item.quoteIndices.filter(quotes.indices.contains).map { ($0, quotes[$0]) }
  }

  /// Whether a quote of the current article is one the speaker filter asks for.
  func isChosen(quote: Int) -> Bool {
    guard let id = speaker(ofQuote: quote)?.id else { return false }
    return speakerFilter.contains(id)
  }
}
