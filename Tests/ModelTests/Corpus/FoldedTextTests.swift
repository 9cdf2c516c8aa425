import Testing

@testable import Model

@Suite struct FoldedTextTests {
  @Test func foldsCaseDiacriticsQuotesAndDashes() {
    #expect(FoldedText.fold("Ångström") == "angstrom")
    #expect(FoldedText.fold("“Zoë” — O’Brien") == "\"zoe\" - o'brien")
    #expect(FoldedText.fold("MÉDECINS Sans Frontières") == "medecins sans frontieres")
    #expect(FoldedText.fold("") == "")
  }

  @Test func bytesOfMixedTextAreEachScalarFolded() {
    let text = "Kraków, 2024: «Ünïcödé» ΑΘΗΝΑ 東京 😀 mixed ÆØÅ\u{301}x ends ü"
    let expected = text.unicodeScalars.flatMap { scalar in
      scalar.isASCII ? Array(String(scalar).lowercased().utf8) : FoldedText.folded(scalar)
    }
    var folder = FoldedText.Folder()
    #expect(folder.bytes(text) == expected)
    var appended = Array("prefix\n".utf8)
    folder.append(text, to: &appended)
    #expect(appended == Array("prefix\n".utf8) + expected)
  }

  @Test func wordsAreRunsOfLettersAndDigits() {
    #expect(
      FoldedText.words("  Jean-Claude  Juncker, 2019! ") == ["jean", "claude", "juncker", "2019"])
    #expect(FoldedText.words("— , .").isEmpty)
  }
}
