/// Reads an HTML page as one article.
public enum HTMLParser {
  public static func parse(text: String, path: String) throws(LoadProblem) -> Article {
    throw LoadProblem(source: path, message: "HTML pages are not supported yet")
  }
}
