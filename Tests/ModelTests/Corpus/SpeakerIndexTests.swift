import Foundation
import Testing

@testable import Model

@Suite struct SpeakerIndexTests {
  func index(_ articles: [AnalysedArticle]) -> SpeakerIndex {
    SpeakerIndex(articles)
  }

  func named(_ index: SpeakerIndex, _ name: String) -> [CorpusSpeaker] {
    index.speakers.filter { $0.name == name }
  }

  @Test func kerryByEveryFormIsOneSpeaker() throws {
    let index = index([
      CorpusFixture.quoting("John Kerry", forms: ["Kerry"], path: "a"),
      CorpusFixture.quoting("Kerry", path: "b"),
      CorpusFixture.quoting("Secretary of State John Kerry", path: "c"),
      CorpusFixture.quoting("J. Kerry", path: "d"),
    ])
    #expect(index.count == 1)
    let kerry = try #require(index.speakers.first)
    #expect(kerry.name == "John Kerry")
    #expect(kerry.quoteCount == 4)
    #expect(kerry.articleCount == 4)
    #expect(Set(kerry.aliases) == ["Kerry", "Secretary of State John Kerry", "J. Kerry"])
    #expect(kerry.isUnnamed == false)
  }

  @Test func lavrovTransliterationsMerge() throws {
    let index = index([
      CorpusFixture.quoting("Sergei Lavrov", path: "a"),
      CorpusFixture.quoting("Sergey Lavrov", path: "b"),
      CorpusFixture.quoting("Sergei Lavrov", forms: ["Lavrov"], path: "c"),
    ])
    #expect(index.count == 1)
    #expect(index.speakers.first?.name == "Sergei Lavrov")
    #expect(index.speakers.first?.articleCount == 3)
    #expect(index.speakers.first?.aliases.contains("Sergey Lavrov") == true)
  }

  @Test func twoSmithsStayTwo() {
    let index = index([
      CorpusFixture.quoting("Ana Smith", path: "a"),
      CorpusFixture.quoting("Tom Smith", path: "b"),
      CorpusFixture.quoting("Ana Smith", forms: ["Smith"], path: "c"),
    ])
    #expect(index.count == 2)
    #expect(named(index, "Ana Smith").first?.articleCount == 2)
    #expect(named(index, "Tom Smith").first?.articleCount == 1)
  }

  @Test func bareSurnameWithTwoCandidatesStaysApart() {
    let index = index([
      CorpusFixture.quoting("Ana Smith", path: "a"),
      CorpusFixture.quoting("Tom Smith", path: "b"),
      CorpusFixture.quoting("Smith", path: "c"),
      CorpusFixture.quoting("A. Smith", path: "d"),
    ])
    #expect(named(index, "Ana Smith").first?.quoteCount == 2)
    #expect(named(index, "Tom Smith").first?.quoteCount == 1)
    #expect(named(index, "Smith").first?.quoteCount == 1)
    #expect(index.count == 3)
  }

  @Test func initialMatchingTwoPeopleIsNotMerged() {
    let index = index([
      CorpusFixture.quoting("John Kerry", path: "a"),
      CorpusFixture.quoting("Jane Kerry", path: "b"),
      CorpusFixture.quoting("J. Kerry", path: "c"),
    ])
    #expect(index.count == 3)
    #expect(index.speakers.allSatisfy { $0.quoteCount == 1 })
  }

  @Test func shortFormsAndSpellingVariantsMerge() {
    let index = index([
      CorpusFixture.quoting("William Burns", path: "a"),
      CorpusFixture.quoting("Bill Burns", path: "b"),
      CorpusFixture.quoting("Aleksandr Novak", path: "c"),
      CorpusFixture.quoting("Alexander Novak", path: "d"),
      CorpusFixture.quoting("Maria Novak", path: "e"),
    ])
    let burns = index.speakers.filter { $0.name.hasSuffix("Burns") }
    #expect(burns.map(\.quoteCount) == [2])
    #expect(index.speakers.filter { $0.name.hasSuffix("Novak") }.count == 2)
  }

  @Test func diacriticsAndCaseDoNotSplitASpeaker() {
    let index = index([
      CorpusFixture.quoting("José Ramos", path: "a"),
      CorpusFixture.quoting("Jose Ramos", path: "b"),
    ])
    #expect(index.count == 1)
  }

  @Test func roleIsTheMostFrequentElseTheLatest() throws {
    let day: TimeInterval = 86_400
    let frequent = index([
      CorpusFixture.quoting("Jay Carney", role: "press secretary", path: "a"),
      CorpusFixture.quoting("Jay Carney", role: "White House spokesman", path: "b"),
      CorpusFixture.quoting("Jay Carney", role: "white house spokesman", path: "c"),
    ])
    #expect(frequent.speakers.first?.role?.lowercased() == "white house spokesman")
    let tied = index([
      CorpusFixture.quoting(
        "Jay Carney", role: "analyst", path: "a", date: Date(timeIntervalSince1970: 9 * day)),
      CorpusFixture.quoting(
        "Jay Carney", role: "press secretary", path: "b", date: Date(timeIntervalSince1970: day)),
    ])
    #expect(tied.speakers.first?.role == "analyst")
  }

  @Test func unnamedSpeakersAreGroupedByDescription() throws {
    let official = "senior State Department official"
    let articles = [
      CorpusFixture(
        path: "a", title: "A", paragraphs: ["\"Yes,\" the official said. \"No,\" he said."],
        quotes: [.init(text: "Yes,", speaker: official), .init(text: "No,", speaker: official)]
      ).build(),
      CorpusFixture(
        path: "b", title: "B", paragraphs: ["\"Maybe,\" said an official."],
        quotes: [.init(text: "Maybe,", speaker: "a " + official)]
      ).build(),
    ]
    let index = index(articles)
    #expect(index.count == 1)
    let speaker = try #require(index.speakers.first)
    #expect(speaker.isUnnamed)
    #expect(speaker.name == official)
    #expect(speaker.quoteCount == 3)
    #expect(speaker.articleCount == 2)
    #expect(speaker.id.rawValue.hasPrefix("unnamed:"))
  }

  @Test func aSpeakerWithoutAnEntityIsUnnamedEvenWhenCapitalised() throws {
    let index = index([
      CorpusFixture(
        path: "a", title: "A", paragraphs: ["Critics said the plan was late."],
        quotes: [.init(text: "the plan was late", speaker: "Critics", kind: .indirect)]
      ).build()
    ])
    let critics = try #require(index.speakers.first)
    #expect(critics.isUnnamed)
    #expect(critics.name == "Critics")
  }

  @Test func shortDescriptionIsTheLongerOneOfTheSameArticle() {
    let index = index([
      CorpusFixture(
        path: "a", title: "A", paragraphs: ["\"Yes,\" an aide said. \"No,\" the official said."],
        quotes: [
          .init(text: "Yes,", speaker: "a senior State Department official"),
          .init(text: "No,", speaker: "the official"),
        ]
      ).build(),
      CorpusFixture(
        path: "b", title: "B", paragraphs: ["\"Maybe,\" an official said."],
        quotes: [.init(text: "Maybe,", speaker: "an official")]
      ).build(),
    ])
    #expect(index.speakers.map(\.name) == ["senior State Department official", "official"])
    #expect(index.speakers.map(\.quoteCount) == [2, 1])
  }

  @Test func organisationsMergeOnTheirName() {
    let index = index([
      CorpusFixture.quoting("United Nations", path: "a"),
      CorpusFixture.quoting("the United Nations", path: "b"),
    ])
    #expect(index.count == 1)
    #expect(index.speakers.first?.quoteCount == 2)
  }

  @Test func everyQuoteResolvesToItsSpeaker() throws {
    let articles = [
      CorpusFixture(
        path: "a", title: "A", paragraphs: ["Kerry said \"one\". Lavrov said \"two\". \"Three.\""],
        entities: [.init(name: "John Kerry", forms: ["Kerry"]), .init(name: "Sergei Lavrov")],
        quotes: [
          .init(text: "one", speaker: "John Kerry"), .init(text: "two", speaker: "Sergei Lavrov"),
          .init(text: "Three.", speaker: nil),
        ]
      ).build(),
      CorpusFixture.quoting("Sergey Lavrov", path: "b"),
    ]
    let index = index(articles)
    #expect(index.speaker(ofQuote: 0, inArticle: 0)?.name == "John Kerry")
    let lavrov = try #require(index.speaker(ofQuote: 1, inArticle: 0))
    #expect(index.speaker(ofQuote: 0, inArticle: 1)?.id == lavrov.id)
    #expect(index.speaker(ofQuote: 2, inArticle: 0) == nil)
    #expect(index.speaker(ofQuote: 9, inArticle: 0) == nil)
    #expect(index.speaker(ofQuote: 0, inArticle: -1) == nil)
    #expect(
      index.quotes(of: lavrov.id) == [
        .init(article: 0, quotes: [1]), .init(article: 1, quotes: [0]),
      ])
    #expect(index[lavrov.id] == lavrov)
  }

  @Test func speakersAreSortedByQuotesAndIdsAreUniqueAndStable() {
    let articles = [
      CorpusFixture.quoting("Smith", path: "a"),
      CorpusFixture.quoting("Ana Smith", path: "b"),
      CorpusFixture.quoting("Tom Smith", path: "c"),
      CorpusFixture.quoting("Tom Smith", path: "d"),
    ]
    let first = index(articles)
    #expect(first.speakers.first?.name == "Tom Smith")
    #expect(Set(first.speakers.map(\.id)).count == first.count)
    #expect(index(articles).speakers.map(\.id) == first.speakers.map(\.id))
  }

  @Test func emptyAndOddNamesDoNotCrash() {
    let index = index([
      CorpusFixture.quoting(" ", path: "a"),
      CorpusFixture.quoting("Mr.", path: "b"),
      CorpusFixture.quoting("李 明", path: "c"),
    ])
    #expect(index.speakers.allSatisfy { !$0.name.isEmpty })
  }
}
