import Testing

@testable import Reader

@Suite struct KeyMapTests {
  let start = UIFixture.state()

  @Test func everyCommandHasKeysAndEachKeyOneCommand() {
    #expect(Set(ActionTable.bindings.map(\.command)) == Set(Command.allCases))
    let keys = ActionTable.bindings.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
    for binding in ActionTable.bindings {
      for key in binding.keys {
        if case .command(let command) = KeyMap.action(for: key, in: start) {
          #expect(command == binding.command)
        } else {
          Issue.record("\(key) does not run \(binding.command)")
        }
      }
    }
  }

  @Test func promptsTakePrintableKeys() {
    let search = UIFixture.run(start, [.command(.search)])
    guard case .type("q") = KeyMap.action(for: .character("q"), in: search) else {
      Issue.record("q should type in the search prompt")
      return
    }
    guard case .deleteBackward = KeyMap.action(for: .backspace, in: search) else {
      Issue.record("backspace should delete")
      return
    }
    guard case .command(.close) = KeyMap.action(for: .escape, in: search) else {
      Issue.record("Esc should close")
      return
    }
  }

  @Test func spaceInThePickerAddsTheSpeaker() {
    let picker = UIFixture.run(start, [.command(.pickSpeakers)])
    guard case .command(.mark) = KeyMap.action(for: .character(" "), in: picker) else {
      Issue.record("Space should add the speaker")
      return
    }
  }

  @Test func terminalEventsBecomeActions() {
    guard case .resize(80, 24) = KeyMap.action(for: .resize(width: 80, height: 24), in: start)
    else {
      Issue.record("resize")
      return
    }
    guard case .click(1, 2) = KeyMap.action(for: .click(x: 1, y: 2), in: start) else {
      Issue.record("click")
      return
    }
  }

  @Test func inputDecoderNamesControlKeys() {
    #expect(InputDecoder.character(6) == .control("f"))
    #expect(InputDecoder.character(9) == .tab)
    #expect(InputDecoder.character(13) == .enter)
    #expect(InputDecoder.character(27) == .escape)
    #expect(InputDecoder.character(127) == .backspace)
    #expect(InputDecoder.character(0x6771) == .character("東"))
  }
}
