import Testing

@testable import Model

@Suite struct TextDecodingTests {
  @Test func utf8WithoutBOMIsUnchanged() throws {
    let text = "Café “quoted” 東京 👍🏽\nnext line\n"
    #expect(try TextDecoding.decode(Array(text.utf8)) == text)
  }

  @Test func utf8BOMIsRemoved() throws {
    #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Hello".utf8)) == "Hello")
  }

  @Test func utf16LittleAndBigEndianWithBOM() throws {
    let little: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]
    let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9]
    #expect(try TextDecoding.decode(little) == "Hé")
    #expect(try TextDecoding.decode(big) == "Hé")
  }

  @Test func windows1252Fallback() throws {
    let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x93] + Array("hi".utf8) + [0x94]
    #expect(try TextDecoding.decode(bytes) == "café “hi”")
  }

  @Test func lineEndsBecomeLineFeeds() throws {
    #expect(try TextDecoding.decode(Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
  }

  @Test func emptyAndWhitespaceOnlyAreRefused() {
    #expect(throws: TextDecoding.Failure.empty) { try TextDecoding.decode([]) }
    #expect(throws: TextDecoding.Failure.empty) { try TextDecoding.decode(Array(" \n\t\n".utf8)) }
  }

  @Test func nulBytesMeanBinary() {
    #expect(throws: TextDecoding.Failure.binary) {
      try TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    }
  }
}
