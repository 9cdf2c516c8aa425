import Foundation
import Testing

@testable import Model
@testable import Reader

@Suite struct SpeakersCommandTests {
  let speakers = [
    CorpusSpeaker(
      id: SpeakerID("person:jay carney"), name: "Jay Carney", aliases: ["Carney"], type: .person,
      role: "White House spokesman", quoteCount: 12, articleCount: 1, isUnnamed: false),
    CorpusSpeaker(
      id: SpeakerID("unnamed:official"), name: "official", aliases: [], type: .person,
      role: nil, quoteCount: 2, articleCount: 2, isUnnamed: true),
  ]

  @Test func tableHasAHeaderAndAlignedColumns() {
    let lines = SpeakersCommand.table(speakers).split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "NAME                ROLE                   QUOTES  ARTICLES",
        "Jay Carney          White House spokesman      12         1",
        "official (unnamed)  —                           2         2",
      ])
  }

  @Test func jsonHasEveryKeyWithNullWhenUnknown() throws {
    let data = Data(try SpeakersCommand.json(speakers).utf8)
    let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(objects.count == 2)
    for object in objects {
      #expect(
        Set(object.keys) == ["name", "aliases", "type", "role", "quotes", "articles", "unnamed"])
    }
    #expect(objects[0]["quotes"] as? Int == 12)
    #expect(objects[0]["aliases"] as? [String] == ["Carney"])
    #expect(objects[1]["role"] is NSNull)
    #expect(objects[1]["unnamed"] as? Bool == true)
  }

  @Test func commandWritesAJSONArray() throws {
    let outcome = try ReaderBinary.run(
      ["speakers", "seeds", "--json"], directory: SampleCorpus.packageRoot().path)
    #expect(outcome.status == 0)
    #expect(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) is [Any])
  }

  @Test func samplePutinIsQuotedInBothArticles() throws {
    let outcome = try ReaderBinary.run(
      ["speakers", "seeds", "--json"], directory: SampleCorpus.packageRoot().path)
    let data = Data(outcome.stdout.utf8)
    let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    let putin = try #require(objects.first { $0["name"] as? String == "Vladimir Putin" })
    #expect(putin["articles"] as? Int == 2)
    let table = try ReaderBinary.run(
      ["speakers", "seeds"], directory: SampleCorpus.packageRoot().path)
    #expect(table.stdout.split(separator: "\n").contains { $0.hasPrefix("Vladimir Putin ") })
  }

  @Test func nothingLoadedIsAnError() throws {
    let outcome = try ReaderBinary.run(["speakers", "no/such/file.txt"])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasSuffix("reader: no articles in no/such/file.txt\n"))
  }
}
