import Testing

@testable import Model

@Suite struct HTMLParserTests {
  let page = """
    <!DOCTYPE html>
    <html><head><title>Storm hits coast | Daily News</title>
    <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
    <body><header><a href="/">Home</a> Sections</header>
    <nav><ul><li>World</li><li>Sport</li></ul></nav>
    <article><h1>Storm hits coast</h1>
    <p>Winds of 120&nbsp;km/h hit the coast, the mayor&rsquo;s office said.</p>
    <p>&ldquo;We are ready,&rdquo; said <b>Ana   Lopez</b>.<br>Schools closed &amp; roads shut.</p>
    <!-- a comment <p>hidden</p> -->
    </article>
    <footer>Copyright 2026 Daily News</footer></body></html>
    """

  @Test func titleDropsSiteSuffixAndBodySkipsFurniture() throws {
    let article = try HTMLParser.parse(text: page, path: "storm.html")
    #expect(article.title == "Storm hits coast")
    let scalars = ScalarText(article.text)
    #expect(
      article.contentParagraphs.map { scalars[$0.range] } == [
        "Storm hits coast",
        "Winds of 120 km/h hit the coast, the mayor’s office said.",
        "“We are ready,” said Ana Lopez.",
        "Schools closed & roads shut.",
      ])
    #expect(article.paragraphs.first?.kind == .title)
  }

  @Test func firstHeadingIsTheTitleWithoutATitleTag() throws {
    let article = try HTMLParser.parse(
      text: "<html><body><h1>Quiet day</h1><p>Nothing happened.</p></body></html>", path: "q.html")
    #expect(article.title == "Quiet day")
    #expect(article.text == "Quiet day\n\nNothing happened.")
  }

  @Test func pageWithNoTextIsAnError() {
    #expect(throws: LoadProblem(source: "e.html", message: "HTML page with no text")) {
      try HTMLParser.parse(text: "<html><body><script>x()</script></body></html>", path: "e.html")
    }
  }

  @Test func numericReferencesAreDecoded() {
    #expect(MarkupEntities.decode("caf&#233; &#x2014; &unknown; &amp") == "café — &unknown; &amp")
  }
}
