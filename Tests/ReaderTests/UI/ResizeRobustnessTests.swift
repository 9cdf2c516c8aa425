import Testing

@testable import Reader

@Suite struct ResizeRobustnessTests {
  /// Every size from nothing to wide, with every overlay open: the screen is drawn at exactly
  /// that size, and never with a wide character cut in two.
  @Test func everySizeDrawsWithinTheScreen() {
    let overlays: [[Action]] = [
      [], [.command(.help)], [.command(.pickSpeakers)], [.command(.export)],
      [.command(.search), .type("m")], [.command(.last), .command(.previousPane)],
    ]
    for actions in overlays {
      var state = UIFixture.run(UIFixture.state(), actions)
      for width in stride(from: 0, through: 170, by: 7) {
        for height in [0, 1, 2, 8, 15, 16, 17, 24, 45] {
          state = UIFixture.run(state, [.resize(width: width, height: height)])
          let buffer = Screen.render(state)
          #expect(buffer.width == width && buffer.height == height)
          for y in 0..<height {
            let columns = (0..<width).reduce(0) { $0 + buffer[$1, y].width }
            #expect(columns == width, "row \(y) at \(width)×\(height)")
          }
        }
      }
    }
  }

  @Test func actionsAtATinySizeKeepTheStateConsistent() {
    var state = UIFixture.run(UIFixture.state(), [.resize(width: 30, height: 8)])
    for command in Command.allCases where command != .quit {
      state = UIFixture.run(state, [.command(command), .command(.close)])
    }
    state = UIFixture.run(state, [.resize(width: 160, height: 45)])
    #expect(state.items.indices.contains(state.listCursor))
    #expect(Screen.render(state).dump().contains("reader — "))
  }

  @Test func postedActionsArriveOnceInOrder() {
    let mailbox = ActionMailbox()
    mailbox.post(.notice("one"))
    mailbox.post(.notice("two"))
    let taken = mailbox.take().map { action -> String in
      if case .notice(let text) = action { return text }
      return ""
    }
    #expect(taken == ["one", "two"])
    #expect(mailbox.take().isEmpty)
  }
}
