import Testing

@testable import Model

@Suite struct PathologicalInputTests {
  private func checkMentions(_ text: String) -> EntityAnalysis {
    let document = Document(text: text)
    let result = EntityRecognizer.recognize(document)
    for entity in result.entities {
      #expect(!entity.name.isEmpty)
      for mention in entity.mentions {
        #expect(mention.start < mention.end)
        #expect(document.string(mention.start..<mention.end) == mention.text)
      }
    }
    return result
  }

  @Test func oneMegabyteArticle() {
    let paragraph =
      "Secretary of State John Kerry met Russian President Vladimir Putin in Moscow on Tuesday. "
      + "Kerry said the talks with Putin were useful, a State Department official said.\n\n"
    var text = ""
    while text.utf8.count < 1_000_000 { text += paragraph }
    let result = checkMentions(text)
    #expect(result.names(.person) == ["John Kerry", "Vladimir Putin"])
  }

  @Test func oneHundredKilobyteSingleLine() {
    var text = ""
    var n = 0
    while text.utf8.count < 100_000 {
      text += "Sen. Jane Roe\u{2019}s aide, a lawyer, said no to Mr. Smith \(n), "
      n += 1
    }
    let result = checkMentions(text)
    #expect(result.entity(named: "Jane Roe") != nil)
  }

  @Test func tenThousandCapitalisedWordsInARow() {
    let words = ["Alpha", "Bravo", "Kerry", "Moscow", "Bank", "Secretary", "Of", "John"]
    let text = (0..<10_000).map { words[$0 % words.count] }.joined(separator: " ")
    let result = checkMentions(text)
    for entity in result.entities {
      for mention in entity.mentions {
        #expect(mention.text.split(separator: " ").count <= MentionFinder.maximumRun)
      }
    }
  }
}
