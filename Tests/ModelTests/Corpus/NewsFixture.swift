import Foundation

@testable import Model

/// A small corpus of three hand-made news articles shared by the filter, selection, lookup and
/// export tests: two quote overlapping speakers, the third quotes nobody.
enum NewsFixture {
  static let moscow = CorpusFixture(
    path: "news/moscow.txt", title: "Kerry arrives in Moscow for talks with Putin",
    paragraphs: [
      "Secretary of State John Kerry arrived in Moscow on Tuesday to meet Russian President "
        + "Vladimir Putin.",
      "White House spokesman Jay Carney said the administration was \"working with the "
        + "Russians\" and hoped for progress.",
      "\"We have been clear in the past about our disappointment with Russia over their "
        + "opposition to resolutions at the Security Council, but this is an ongoing "
        + "conversation,\" Carney said.",
      "\"We certainly want to make another effort,\" a senior State Department official said.",
      "Foreign Minister Sergei Lavrov said Moscow was ready to talk.",
    ],
    date: Date(timeIntervalSince1970: 1_367_884_800),
    entities: [
      .init(name: "John Kerry", role: "Secretary of State", forms: ["Kerry"]),
      .init(name: "Vladimir Putin", role: "Russian President"),
      .init(name: "Jay Carney", role: "White House spokesman", forms: ["Carney"]),
      .init(name: "Sergei Lavrov", role: "Foreign Minister"),
      .init(name: "Moscow", type: .geopolitical),
    ],
    quotes: [
      .init(
        text: "the administration was \"working with the Russians\" and hoped for progress",
        speaker: "Jay Carney", kind: .mixed),
      .init(
        text: "We have been clear in the past about our disappointment with Russia over their "
          + "opposition to resolutions at the Security Council, but this is an ongoing "
          + "conversation,", speaker: "Jay Carney"),
      .init(
        text: "We certainly want to make another effort,",
        speaker: "senior State Department official"),
      .init(text: "Moscow was ready to talk", speaker: "Sergei Lavrov", kind: .indirect),
    ])

  static let cafe = CorpusFixture(
    path: "news/cafe.txt", title: "Putin’s favourite café reopens",
    paragraphs: [
      "The café near the Kremlin, Russia’s oldest, reopened on Wednesday.",
      "\"It is a fine place,\" Vladimir Putin said. Sergey Lavrov said he would visit.",
      "A waiter said nothing.",
    ],
    date: Date(timeIntervalSince1970: 1_367_971_200),
    entities: [
      .init(name: "Vladimir Putin", role: "President", forms: ["Putin"]),
      .init(name: "Sergey Lavrov"),
      .init(name: "Kremlin", type: .organisation),
    ],
    quotes: [
      .init(text: "It is a fine place,", speaker: "Vladimir Putin"),
      .init(text: "he would visit", speaker: "Sergey Lavrov", kind: .indirect),
      .init(text: "nothing", speaker: nil, kind: .indirect),
    ])

  static let weather = CorpusFixture(
    path: "news/weather.txt", title: "Rain expected",
    paragraphs: ["Forecasters expect rain across the region on Thursday."])

  static func corpus() -> Corpus {
    Corpus([moscow.build(), cafe.build(), weather.build()])
  }

  static func speaker(_ name: String, in corpus: Corpus) -> SpeakerID? {
    corpus.speakers.speakers.first { $0.name == name }?.id
  }
}
