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

  @Test func mixedScriptsMarksAndStrayPunctuation() {
    let pieces = [
      "Mr.", "U.S.", "’s", "'", "\"", "“", "”", "—", "-", "...", "…", "e\u{301}", "👍🏽", "東京",
      "al-", "O'", "J.", ".", ",", "\n", "\n\n", " ", "Kerry", "said", "Bank", "of", "&", "1996",
      "Zoë", "Ngô", "(", ")", "Secretary", "former", "a", "spokesman",
    ]
    var state: UInt64 = 42
    var text = ""
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += pieces[Int(state >> 33) % pieces.count]
      if state & 1 == 0 { text += " " }
    }
    _ = checkMentions(text)
    _ = checkMentions("")
    _ = checkMentions("\n\n\n")
  }
}
