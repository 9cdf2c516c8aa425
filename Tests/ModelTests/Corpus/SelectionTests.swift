import Foundation
import Testing

@testable import Model

@Suite struct SelectionTests {
  let corpus = NewsFixture.corpus()

  func paths(_ selection: Selection) -> [String] {
    selection.items.map(\.article.article.path)
  }

  @Test func emptyFilterSelectsEverything() {
    let selection = corpus.select(Filter())
    #expect(paths(selection) == ["news/moscow.txt", "news/cafe.txt", "news/weather.txt"])
    #expect(selection.quoteCount == 7)
    #expect(selection.quoteCount == selection.corpusQuoteCount)
    #expect(selection.description == "all articles")
    #expect(selection.summary == "7 quotes from 3 articles")
  }

  @Test func speakerFilterKeepsTheirArticlesAndOnlyTheirQuotes() throws {
    let carney = try #require(NewsFixture.speaker("Jay Carney", in: corpus))
    let selection = corpus.select(Filter(speakers: [carney]))
    #expect(paths(selection) == ["news/moscow.txt"])
    #expect(selection.items.first?.quoteIndices == [0, 1])
    #expect(selection.quoteCount == 2)
    #expect(selection.description == "speaker: Jay Carney")
  }

  @Test func severalSpeakersAreAUnion() throws {
    let carney = try #require(NewsFixture.speaker("Jay Carney", in: corpus))
    let putin = try #require(NewsFixture.speaker("Vladimir Putin", in: corpus))
    let selection = corpus.select(Filter(speakers: [putin, carney]))
    #expect(paths(selection) == ["news/moscow.txt", "news/cafe.txt"])
    #expect(selection.items.map(\.quoteIndices) == [[0, 1], [0]])
    #expect(selection.description == "speakers: Jay Carney, Vladimir Putin")
  }

  @Test func mergedSpeakerSpansArticles() throws {
    let lavrov = try #require(NewsFixture.speaker("Sergei Lavrov", in: corpus))
    let selection = corpus.select(Filter(speakers: [lavrov]))
    #expect(selection.items.map(\.quoteIndices) == [[3], [1]])
  }

  @Test func unnamedSpeakerIsFilterable() throws {
    let official = try #require(corpus.speakers.speakers.first { $0.isUnnamed })
    let selection = corpus.select(Filter(speakers: [official.id]))
    #expect(selection.items.map(\.quoteIndices) == [[2]])
  }

  @Test func mentionFilterMatchesNamesAndNameWords() {
    #expect(
      paths(corpus.select(Filter(mentions: "putin"))) == ["news/moscow.txt", "news/cafe.txt"])
    #expect(paths(corpus.select(Filter(mentions: "KREMLIN"))) == ["news/cafe.txt"])
    #expect(paths(corpus.select(Filter(mentions: "John Kerry"))) == ["news/moscow.txt"])
    #expect(corpus.select(Filter(mentions: "Obama")).items.isEmpty)
    #expect(corpus.select(Filter(mentions: "Putin")).quoteCount == 7)
  }

  @Test func searchIsCaseAndDiacriticInsensitive() {
    #expect(paths(corpus.select(Filter(search: "CAFE"))) == ["news/cafe.txt"])
    #expect(paths(corpus.select(Filter(search: "Café"))) == ["news/cafe.txt"])
    #expect(paths(corpus.select(Filter(search: "russia's oldest"))) == ["news/cafe.txt"])
    #expect(paths(corpus.select(Filter(search: "rain expected"))) == ["news/weather.txt"])
    #expect(corpus.select(Filter(search: "zebra")).items.isEmpty)
    #expect(corpus.select(Filter(search: "")).articleCount == 3)
  }

  @Test func searchFindsPhrasesPartsOfWordsAndPunctuation() {
    #expect(paths(corpus.select(Filter(search: "near the KREML"))) == ["news/cafe.txt"])
    #expect(paths(corpus.select(Filter(search: "kremlin, russia"))) == ["news/cafe.txt"])
    #expect(paths(corpus.select(Filter(search: "ecast"))) == ["news/weather.txt"])
    #expect(paths(corpus.select(Filter(search: ",\""))) == ["news/moscow.txt", "news/cafe.txt"])
    #expect(corpus.select(Filter(search: "rain moscow")).items.isEmpty)
  }

  @Test func articlesContainingAnswerAsTheSearchFilterDoes() {
    for query in ["CAFE", "near the KREML", ",\"", "ecast", "zebra", "rain moscow"] {
      #expect(
        corpus.articles(containing: query)
          == corpus.select(Filter(search: query)).items.map(\.articleIndex))
    }
    #expect(
      corpus.articles(containing: "ecast").map { corpus.articles[$0].article.path } == [
        "news/weather.txt"
      ])
  }

  @Test func marksRestrictToMarkedArticlesThatPass() throws {
    let ids = corpus.articles.map(\.id)
    let marked = corpus.select(Filter(marked: [ids[0], ids[2]]))
    #expect(paths(marked) == ["news/moscow.txt", "news/weather.txt"])
    #expect(marked.description == "marked: 2 articles")
    let putin = try #require(NewsFixture.speaker("Vladimir Putin", in: corpus))
    let both = corpus.select(Filter(speakers: [putin], marked: [ids[1], ids[2]]))
    #expect(paths(both) == ["news/cafe.txt"])
    #expect(both.items.first?.quoteIndices == [0])
    #expect(corpus.select(Filter(marked: ["no-such-id"])).items.isEmpty)
  }

  @Test func filtersCombine() throws {
    let lavrov = try #require(NewsFixture.speaker("Sergei Lavrov", in: corpus))
    let filter = Filter(speakers: [lavrov], mentions: "Kerry", search: "moscow")
    let selection = corpus.select(filter)
    #expect(paths(selection) == ["news/moscow.txt"])
    #expect(selection.quoteCount == 1)
    #expect(
      selection.description == "speaker: Sergei Lavrov · mentions: Kerry · search: \"moscow\"")
  }

  @Test func itemsGiveTheirQuotes() throws {
    let carney = try #require(NewsFixture.speaker("Jay Carney", in: corpus))
    let item = try #require(corpus.select(Filter(speakers: [carney])).items.first)
    #expect(item.quotes.map(\.id) == ["q1", "q2"])
    #expect(corpus.index(ofArticle: item.article.id) == item.articleIndex)
  }
}
