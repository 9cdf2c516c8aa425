/// Reads an RSS 2.0 or Atom 1.0 feed as one article per item.
public enum FeedParser {
  public static func parse(
    text: String, path: String
  ) throws(LoadProblem) -> (articles: [Article], warnings: [LoadProblem]) {
    throw LoadProblem(source: path, message: "feeds are not supported yet")
  }
}
