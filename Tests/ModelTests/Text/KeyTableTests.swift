import Testing

@testable import Model

/// `KeyTable` and `WordSet` must answer exactly as `Dictionary` and `Set` of strings do.
@Suite struct KeyTableTests {
  @Test func findsWordsAndPhrasesAndNothingElse() {
    let words: WordSet = ["said", "new york", "al-", "o'brien", ""]
    for word in ["said", "new york", "al-", "o'brien", ""] { #expect(words.contains(word)) }
    for word in ["sai", "saidx", "Said", "new  york", "york", "al", "a longer phrase than most"] {
      #expect(!words.contains(word))
    }
  }

  @Test func comparesByCanonicalEquivalenceLikeSwiftStrings() {
    // Precomposed and decomposed forms, and the singletons whose canonical form is ASCII.
    let words: WordSet = ["café", "Kelvin", "semi;colon", "zoë"]
    #expect(words.contains("cafe\u{301}"))
    #expect(words.contains("\u{212A}elvin"))
    #expect(words.contains("semi\u{037E}colon"))
    #expect(words.contains("zoe\u{308}"))
    #expect(!words.contains("cafe"))
    let decomposed: WordSet = ["cafe\u{301}", "\u{1FEF}quoted"]
    #expect(decomposed.contains("café"))
    #expect(decomposed.contains("`quoted"))
  }

  @Test func agreesWithSetOnManyKeys() {
    let members = (0..<3000).map { "w\($0 * 7)" } + ["één", "straße", "ﬁ"]
    let set = Set(members)
    let words = WordSet(members)
    for probe in (0..<25_000).map({ "w\($0)" }) + ["een", "strasse", "fi", "één", "ﬁ"] {
      #expect(words.contains(probe) == set.contains(probe))
    }
    #expect(words.words == members)
  }

  @Test func updatesValuesInPlaceAndKeepsTheFirstDefault() {
    var table = KeyTable<Int>()
    table.update("alpha", default: 1) { $0 += 10 }
    table.update("alpha", default: 100) { $0 += 10 }
    table.update("e\u{301}", default: 5) { _ in }
    table.update("é", default: 50) { $0 *= 2 }
    #expect(table["alpha"] == 21)
    #expect(table["é"] == 10)
    #expect(table["e\u{301}"] == 10)
    #expect(table["beta"] == nil)
  }

  @Test func keysGivenAsBytesMatchKeysGivenAsStrings() {
    var table = KeyTable<Bool>()
    for key in ["plain", "naïve"] {
      Array(key.utf8).withUnsafeBufferPointer { table.update(utf8: $0, default: true) { _ in } }
    }
    #expect(table["plain"] == true)
    #expect(table["nai\u{308}ve"] == true)
    #expect(table["plains"] == nil)
  }
}
