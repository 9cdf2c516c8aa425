import Model
import Testing

@testable import Reader

@Suite struct ReducerNavigationTests {
  let start = UIFixture.state()

  @Test func moveDownAndUpWalkTheListAndMarkArticlesRead() {
    let down = UIFixture.run(start, [.command(.moveDown)])
    #expect(down.listCursor == 1)
    #expect(down.read.contains(down.currentArticle?.id ?? ""))
    #expect(UIFixture.run(down, [.command(.moveUp)]).listCursor == 0)
    #expect(UIFixture.run(start, [.command(.moveUp)]).listCursor == 0)
  }

  @Test func firstAndLastJumpToTheEnds() {
    let last = UIFixture.run(start, [.command(.last)])
    #expect(last.listCursor == start.items.count - 1)
    #expect(UIFixture.run(last, [.command(.first)]).listCursor == 0)
  }

  @Test func pagesMoveByAScreenfulAndStopAtTheEnds() {
    let article = UIFixture.run(start, [.command(.nextPane), .command(.pageDown)])
    #expect(article.articleTop == article.layout.innerHeight(of: .article) - 1)
    let again = UIFixture.run(article, Array(repeating: .command(.pageDown), count: 10))
    let lines = ArticleLines.build(again, width: again.articleTextWidth).count
    #expect(again.articleTop == lines - again.layout.innerHeight(of: .article))
    #expect(UIFixture.run(again, Array(repeating: .command(.pageUp), count: 10)).articleTop == 0)
    #expect(UIFixture.run(start, [.command(.pageDown)]).listCursor == start.items.count - 1)
  }

  @Test func movingInTheListResetsTheArticleScroll() {
    let scrolled = UIFixture.run(
      start, [.command(.nextPane), .command(.moveDown), .command(.previousPane)])
    #expect(scrolled.articleTop == 1)
    #expect(UIFixture.run(scrolled, [.command(.moveDown)]).articleTop == 0)
  }

  @Test func tabCyclesThePanesBothWays() {
    #expect(UIFixture.run(start, [.command(.nextPane)]).focus == .article)
    #expect(UIFixture.run(start, [.command(.nextPane), .command(.nextPane)]).focus == .quotes)
    #expect(UIFixture.run(start, [.command(.previousPane)]).focus == .quotes)
    let round = UIFixture.run(start, Array(repeating: .command(.nextPane), count: 3))
    #expect(round.focus == .list)
  }

  @Test func narrowScreensShowThePaneTabLeadsTo() {
    let narrow = UIFixture.state(width: 100, height: 30)
    #expect(narrow.layout.article != nil && narrow.layout.quotes == nil)
    let quotes = UIFixture.run(narrow, [.command(.nextPane), .command(.nextPane)])
    #expect(quotes.layout.quotes != nil && quotes.layout.article == nil)
    let back = UIFixture.run(quotes, [.command(.nextPane)])
    #expect(back.focus == .list && back.layout.quotes != nil)
  }

  @Test func enterOnTheListOpensTheArticle() {
    let opened = UIFixture.run(start, [.command(.open)])
    #expect(opened.focus == .article)
  }

  @Test func enterOnAQuoteScrollsTheArticleToIt() {
    let state = UIFixture.run(
      start,
      [.command(.previousPane), .command(.moveDown), .command(.moveDown), .command(.open)])
    #expect(state.focus == .article)
    let quote = QuoteRows.ordered(start)[2]
    let lines = ArticleLines.build(state, width: state.articleTextWidth)
    let line = ArticleLines.line(containing: quote.start, in: lines)
    #expect(state.articleTop > 0)
    let height = state.layout.innerHeight(of: .article)
    #expect((state.articleTop..<state.articleTop + height).contains(line))
  }

  @Test func quoteCursorStaysInsideTheQuotes() {
    let state = UIFixture.run(start, [.command(.previousPane), .command(.last)])
    #expect(state.quoteCursor == QuoteRows.ordered(start).count - 1)
    #expect(UIFixture.run(state, [.command(.moveDown)]).quoteCursor == state.quoteCursor)
  }

  @Test func spaceMarksAndUnmarksTheArticle() {
    let marked = UIFixture.run(start, [.command(.mark)])
    #expect(marked.marked == [start.currentArticle?.id ?? ""])
    #expect(marked.message == "1 marked")
    #expect(UIFixture.run(marked, [.command(.mark)]).marked.isEmpty)
  }

  @Test func resizeKeepsPositionsInRange() {
    let scrolled = UIFixture.run(
      start, [.command(.nextPane), .command(.last), .resize(width: 80, height: 24)])
    let lines = ArticleLines.build(scrolled, width: scrolled.articleTextWidth).count
    #expect(scrolled.articleTop <= max(0, lines - scrolled.layout.innerHeight(of: .article)))
    let tiny = UIFixture.run(start, [.resize(width: 30, height: 8)])
    #expect(tiny.layout.isTooSmall)
    #expect(UIFixture.run(tiny, [.resize(width: 160, height: 45)]).layout.isTooSmall == false)
  }

  @Test func clickSelectsARowAndFocusesThePane() {
    let list = start.layout.list.inner
    let clicked = UIFixture.run(start, [.click(x: list.x + 2, y: list.y + 2)])
    #expect(clicked.listCursor == 1)
    let article = start.layout.article?.inner ?? list
    #expect(UIFixture.run(start, [.click(x: article.x + 3, y: article.y)]).focus == .article)
    let quotes = start.layout.quotes?.inner ?? list
    let onQuote = UIFixture.run(start, [.click(x: quotes.x + 3, y: quotes.y + 1)])
    #expect(onQuote.focus == .quotes && onQuote.quoteCursor == 0)
  }

  @Test func wheelScrollsThePaneUnderThePointer() {
    let article = start.layout.article?.inner ?? start.layout.list
    let scrolled = UIFixture.run(start, [.wheel(x: article.x, y: article.y, lines: 3)])
    #expect(scrolled.articleTop == 3)
    #expect(scrolled.focus == .list)
    let list = start.layout.list.inner
    #expect(UIFixture.run(start, [.wheel(x: list.x, y: list.y, lines: 3)]).listCursor == 2)
  }

  @Test func quitRedrawAndEscape() {
    #expect(UIFixture.run(start, [.command(.quit)]).isQuitting)
    #expect(UIFixture.run(start, [.command(.redraw)]).needsFullRedraw)
    let searched = UIFixture.run(start, [.command(.search)] + UIFixture.typing("delegations"))
    let cleared = UIFixture.run(searched, [.command(.open), .command(.close)])
    #expect(cleared.searchQuery.isEmpty)
  }
}
