import Foundation
import Testing

@testable import Model

@Suite struct ExtractRecordTests {
  func sampleRecord() -> ExtractRecord {
    let article = PlainTextParser.parse(text: "Title\n\nJohn Kerry said hi.", path: "a.txt")
    let mention = Mention(start: 7, end: 17, text: "John Kerry")
    let entity = Entity(id: "e1", name: "John Kerry", type: .person, role: nil, mentions: [mention])
    let quote = Quote(
      id: "q1", text: "hi", kind: .indirect, start: 23, end: 25, cue: "said",
      speaker: Speaker(name: "John Kerry", type: .person, role: nil, entity: "e1", mention: mention)
    )
    return ExtractRecord(article: article, analysis: Analysis(entities: [entity], quotes: [quote]))
  }

  @Test func roundTripsThroughJSON() throws {
    let record = sampleRecord()
    let data = try JSONEncoder().encode(record)
    #expect(try JSONDecoder().decode(ExtractRecord.self, from: data) == record)
  }

  @Test func everyKeyIsPresentWithNullWhenUnknown() throws {
    var record = sampleRecord()
    record.quotes[0].speaker?.mention = nil
    record.quotes[0].cue = nil
    let data = try JSONEncoder().encode(record)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(object.keys) == ["id", "path", "item", "title", "date", "text", "entities", "quotes"])
    #expect(object["item"] is NSNull)
    #expect(object["date"] is NSNull)
    let entity = try #require((object["entities"] as? [[String: Any]])?.first)
    #expect(entity["role"] is NSNull)
    let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
    #expect(Set(quote.keys) == ["id", "text", "kind", "start", "end", "cue", "speaker"])
    #expect(quote["cue"] is NSNull)
    let speaker = try #require(quote["speaker"] as? [String: Any])
    #expect(Set(speaker.keys) == ["name", "type", "role", "entity", "mention"])
    #expect(speaker["role"] is NSNull)
    #expect(speaker["mention"] is NSNull)
  }
}
