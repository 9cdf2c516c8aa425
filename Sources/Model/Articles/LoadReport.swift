/// The outcome of loading sources: every article that loaded and every problem met on the way.
public struct LoadReport: Sendable {
  public var articles: [Article]
  public var problems: [LoadProblem]

  public init(articles: [Article] = [], problems: [LoadProblem] = []) {
    self.articles = articles
    self.problems = problems
  }
}
