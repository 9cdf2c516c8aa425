import Testing

@testable import Model

@Suite struct MergingTests {
  @Test func titlesAndSurnamesJoinTheFullestName() {
    let result = recognise(
      """
      Kerry arrives in Moscow

      Secretary of State John Kerry met Russian officials. Kerry said little.

      "Secretary Kerry is leading," an aide said. Mr. Kerry left on Friday.
      """)
    #expect(result.names(.person) == ["John Kerry"])
    let kerry = result.entity(named: "John Kerry")
    #expect(kerry?.mentions.map(\.text) == ["Kerry", "John Kerry", "Kerry", "Kerry", "Kerry"])
    #expect(kerry?.role == "Secretary of State")
  }

  @Test func peopleSharingASurnameStayApart() {
    let result = recognise(
      """
      Developer Victor Salazar denies fraud. Salazar is accused of lying to banks.

      His sister, Elena Salazar, has pleaded guilty. Elena Salazar faces prison.
      """)
    #expect(result.names(.person) == ["Victor Salazar", "Elena Salazar"])
    #expect(result.entity(named: "Victor Salazar")?.mentions.count == 2)
    #expect(result.entity(named: "Elena Salazar")?.mentions.count == 2)
  }

  @Test func aLoneSurnameGoesToTheMostRecentBearer() {
    let result = recognise(
      "Maria Gomez spoke first. Her husband Jim Gomez followed. Gomez thanked the crowd.")
    #expect(result.entity(named: "Jim Gomez")?.mentions.count == 2)
    #expect(result.entity(named: "Maria Gomez")?.mentions.count == 1)
  }

  @Test func mentionOffsetsSliceTheText() {
    let text = "Zoë Ngô’s rival, Mr. Kerry, met Sergei Lavrov in Moscow’s centre. Lavrov smiled."
    let document = Document(text: text)
    let result = EntityRecognizer.recognize(document)
    #expect(!result.entities.isEmpty)
    for entity in result.entities {
      for mention in entity.mentions {
        #expect(document.string(mention.start..<mention.end) == mention.text)
      }
    }
  }

  @Test func tokensMapToTheirEntity() {
    let document = Document(text: "Sergei Lavrov met reporters.")
    let result = EntityRecognizer.recognize(document)
    #expect(result.entityIndex(atToken: 0) == 0)
    #expect(result.entityIndex(atToken: 1) == 0)
    #expect(result.entityIndex(atToken: 2) == nil)
    #expect(result.entityIndex(atToken: 99) == nil)
    #expect(result.mentionTokens[0] == [0..<2])
  }
}
