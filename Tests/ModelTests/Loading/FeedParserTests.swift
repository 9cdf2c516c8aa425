import Foundation
import Testing

@testable import Model

@Suite struct FeedParserTests {
  @Test func rssItemsBecomeArticles() throws {
    let rss = """
      <?xml version="1.0"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Wire</title>
      <item><title>Port reopens</title><link>https://example.org/port</link>
        <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><dc:creator>Sam Reed</dc:creator>
        <description>Short summary.</description>
        <content:encoded><![CDATA[<p>The port reopened.</p><p>Trade &amp; jobs.</p>]]></content:encoded>
      </item>
      <item><title>Rain &amp; wind</title>
        <description>&lt;p&gt;Heavy rain fell.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description>
      </item>
      </channel></rss>
      """
    let (articles, warnings) = try FeedParser.parse(text: rss, path: "wire.xml")
    #expect(warnings.isEmpty)
    #expect(articles.map(\.title) == ["Port reopens", "Rain & wind"])
    #expect(articles.map(\.item) == [0, 1])
    #expect(articles[0].text == "Port reopens\n\nThe port reopened.\n\nTrade & jobs.")
    #expect(articles[0].link == "https://example.org/port")
    #expect(articles[0].author == "Sam Reed")
    #expect(articles[0].date == Date(timeIntervalSince1970: 1_055_217_600))
    #expect(articles[1].text == "Rain & wind\n\nHeavy rain fell.")
  }

  @Test func atomEntriesBecomeArticles() throws {
    let atom = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
      <entry><title type="html">Budget &lt;b&gt;passes&lt;/b&gt;</title>
        <link rel="alternate" href="https://example.org/budget"/>
        <updated>2024-03-05T10:15:00+01:00</updated>
        <author><name>Lee Chan</name></author>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council voted.</p></div></content>
      </entry></feed>
      """
    let (articles, _) = try FeedParser.parse(text: atom, path: "blog.atom")
    let article = try #require(articles.first)
    #expect(article.title == "Budget passes")
    #expect(article.link == "https://example.org/budget")
    #expect(article.author == "Lee Chan")
    #expect(article.date == Date(timeIntervalSince1970: 1_709_630_100))
    #expect(article.text == "Budget passes\n\nThe council voted.")
  }

  @Test func brokenItemsAreSkippedWithWarningsAndGoodOnesKept() throws {
    let rss = """
      <rss><channel>
      <item><title>Good one</title><description>Fine.</description></item>
      <item><title>Never closed</title><description>Lost
      <item><title></title><description></description></item>
      <item><title>Also good</title><description>Fine too.</description></item>
      <item><title>Cut off</title><description>The file ends
      """
    let (articles, warnings) = try FeedParser.parse(text: rss, path: "f.xml")
    #expect(articles.map(\.title) == ["Good one", "Also good"])
    #expect(
      warnings.map(\.line) == [
        "f.xml: item 2 skipped: not closed",
        "f.xml: item 3 skipped: no title or text",
        "f.xml: item 5 skipped: cut off at the end of the feed",
      ])
  }

  @Test func feedWithoutItemsIsMalformed() {
    #expect(throws: LoadProblem(source: "x.xml", message: "malformed feed: no items found")) {
      try FeedParser.parse(text: "<?xml version=\"1.0\"?><rss><channel><title>T", path: "x.xml")
    }
  }

  @Test func feedsAreSniffedByContentNotExtension() async throws {
    let folder = TemporaryFolder()
    let file = folder.write(
      "news.txt", "<rss><channel><item><title>A</title></item></channel></rss>")
    let report = await SourceLoader().load([file])
    #expect(report.articles.map(\.title) == ["A"])
  }

  @Test(arguments: [
    ("Tue, 10 Jun 2003 04:00:00 GMT", 1_055_217_600.0),
    ("10 Jun 2003 00:00:00 -0400", 1_055_217_600.0),
    ("Tue, 10 Jun 03 00:00 EDT", 1_055_217_600.0),
    ("2003-06-10T04:00:00Z", 1_055_217_600.0),
    ("2003-06-10T04:00:00.000Z", 1_055_217_600.0),
  ])
  func feedDates(text: String, seconds: Double) {
    #expect(FeedDate.parse(text) == Date(timeIntervalSince1970: seconds))
  }

  @Test func unreadableDateIsNil() {
    #expect(FeedDate.parse("sometime last week") == nil)
  }
}
