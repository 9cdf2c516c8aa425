/// The language engine's entry point: analyses one article, pure and thread-safe.
public enum Analyzer {
  /// Bumped whenever the engine's output may change, so cached results are recomputed.
  public static let version = 1

  public static func analyze(_ article: Article) -> Analysis {
    let document = Document(article: article)
    let entities = EntityRecognizer.recognize(document)
    return Analysis(
      entities: entities.entities,
      quotes: QuoteFinder.find(in: document, entities: entities)
    )
  }
}
