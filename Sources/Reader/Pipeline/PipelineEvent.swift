import Model

/// What the analysis pipeline reports while it works, in this order: `started` once,
/// `analysed` once per article as results arrive (in completion order), `finished` once.
enum PipelineEvent: Sendable {
  /// The pipeline has `total` articles to analyse.
  case started(total: Int)
  /// The article at `index` (its position in the input) has its analysis.
  case analysed(index: Int, article: AnalysedArticle, progress: PipelineProgress)
  /// Every article is analysed; `fresh` of them by the engine, the rest from the cache.
  case finished(fresh: Int, cached: Int)
}
