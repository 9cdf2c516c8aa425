import Foundation
import Model
import Testing

@testable import Reader

@Suite struct ReducerOverlayTests {
  let start = UIFixture.state()

  func picked(_ text: String) -> ReaderState {
    UIFixture.run(start, [.command(.pickSpeakers)] + UIFixture.typing(text))
  }

  @Test func pickerListsEverySpeakerMostQuotedFirst() {
    guard case .picker(let picker) = picked("").overlay else {
      Issue.record("no picker")
      return
    }
    let names = picker.matches(in: start.corpus).map(\.name)
    #expect(names.count == 4)
    #expect(Set(names.prefix(2)) == ["Jay Carney", "Vladimir Putin"])
  }

  @Test func typingNarrowsIgnoringCaseAndAccents() {
    for query in ["carn", "CARN", "taro", "TARŌ"] {
      guard case .picker(let picker) = picked(query).overlay else {
        Issue.record("no picker")
        return
      }
      #expect(picker.matches(in: start.corpus).count == 1, "\(query)")
    }
  }

  @Test func enterAppliesTheSpeakerFilter() {
    let filtered = UIFixture.run(picked("carn"), [.command(.open)])
    #expect(filtered.overlay == nil)
    #expect(filtered.items.map(\.article.article.path) == ["fixtures/001-dam.txt"])
    #expect(filtered.currentQuotes.map(\.quote.speaker?.name) == ["Jay Carney", "Jay Carney"])
    #expect(filtered.filterDescription == "speaker: Jay Carney")
  }

  @Test func spaceAddsSeveralSpeakers() {
    let state = UIFixture.run(
      picked("kerry"),
      [.command(.mark)] + Array(repeating: .deleteBackward, count: 5) + UIFixture.typing("carn")
        + [.command(.open)])
    #expect(state.items.count == 2)
    #expect(state.speakerFilter.count == 2)
  }

  @Test func shiftSClearsTheFilter() {
    let cleared = UIFixture.run(picked("carn"), [.command(.open), .command(.clearSpeakers)])
    #expect(cleared.items.count == 3)
    #expect(cleared.filterDescription == "speaker: all")
  }

  @Test func escapeCancelsThePicker() {
    let cancelled = UIFixture.run(picked("carn"), [.command(.close)])
    #expect(cancelled.overlay == nil && cancelled.speakerFilter.isEmpty)
  }

  @Test func searchJumpsToHitsAsYouTypeAndWithNAndShiftN() {
    let typed = UIFixture.run(start, [.command(.search)] + UIFixture.typing("DELEGATIONS"))
    #expect(typed.searchHit != nil)
    #expect(typed.articleTop > 0)
    let kept = UIFixture.run(typed, [.command(.open)])
    #expect(kept.overlay == nil && kept.searchQuery == "DELEGATIONS")
    let next = UIFixture.run(kept, [.command(.nextHit)])
    #expect((next.searchHit ?? 0) > (kept.searchHit ?? 0))
    #expect(UIFixture.run(next, [.command(.previousHit)]).searchHit == kept.searchHit)
  }

  @Test func hitsLeadFromArticleToArticleAndWrapRound() {
    let typed = UIFixture.run(start, [.command(.search)] + UIFixture.typing("met in"))
    #expect(typed.listCursor == 0)
    let next = UIFixture.run(typed, [.command(.open), .command(.nextHit)])
    #expect(next.listCursor == 1)
    #expect(UIFixture.run(next, [.command(.nextHit)]).listCursor == 0)
    #expect(UIFixture.run(typed, [.command(.open), .command(.previousHit)]).listCursor == 1)
  }

  @Test func searchWithoutMatchSaysSo() {
    let state = UIFixture.run(start, [.command(.search)] + UIFixture.typing("zzzq"))
    #expect(state.message == "no match for ‘zzzq’")
    #expect(state.searchFailed)
    let shorter = UIFixture.run(
      UIFixture.run(start, [.command(.search)] + UIFixture.typing("metz")), [.deleteBackward])
    #expect(!shorter.searchFailed && shorter.searchHit != nil)
  }

  @Test func exportPromptOffersADefaultPathAndWritesOnEnter() {
    let prompt = UIFixture.run(start, [.command(.export)])
    let path = Reducer.defaultExportPath(at: UIFixture.moment)
    #expect(prompt.overlay == .export(path: path))
    #expect(path.hasPrefix("./reader-export-") && path.hasSuffix(".txt"))
    let edited = UIFixture.run(prompt, [.deleteBackward, .deleteBackward, .deleteBackward])
    #expect(edited.overlay == .export(path: String(path.dropLast(3))))
    let write = UIFixture.run(prompt, [.command(.open)])
    #expect(write.effect == .export(path: path, replace: false))
  }

  @Test func existingFileAsksBeforeReplacing() {
    let asked = UIFixture.run(start, [.exportNeedsConfirmation(path: "./x.txt")])
    #expect(asked.overlay == .confirmReplace(path: "./x.txt"))
    #expect(UIFixture.run(asked, [.type("y")]).effect == .export(path: "./x.txt", replace: true))
    let declined = UIFixture.run(asked, [.type("n")])
    #expect(declined.overlay == nil && declined.effect == nil)
    #expect(declined.message == "export cancelled")
  }

  @Test func exportFinishedShowsItsMessage() {
    let done = UIFixture.run(start, [.command(.export), .exportFinished(message: "exported")])
    #expect(done.overlay == nil && done.message == "exported")
  }

  @Test func exportSelectionFollowsFilterAndMarks() {
    let filtered = UIFixture.run(start, [.command(.pickSpeakers)] + UIFixture.typing("putin"))
    let applied = UIFixture.run(filtered, [.command(.open)])
    #expect(applied.exportSelection.summary == "2 quotes from 2 articles")
    let marked = UIFixture.run(applied, [.command(.mark)])
    #expect(marked.exportSelection.summary == "1 quote from 1 article")
  }

  @Test func warningsOpenOnlyWhenThereAreSome() {
    #expect(UIFixture.run(start, [.command(.warnings)]).message == "no load warnings")
    let problems = [LoadProblem(source: "a.txt", message: "empty file")]
    let state = UIFixture.state(problems: problems)
    #expect(UIFixture.run(state, [.command(.warnings)]).overlay == .warnings(top: 0))
  }

  @Test func helpOpensScrollsAndCloses() {
    let help = UIFixture.run(start, [.command(.help), .command(.moveDown)])
    #expect(help.overlay == .help(top: 1))
    #expect(UIFixture.run(help, [.command(.help)]).overlay == nil)
    #expect(UIFixture.run(help, [.command(.quit)]).overlay == nil)
    #expect(UIFixture.run(help, [.command(.quit)]).isQuitting == false)
  }

  @Test func corpusUpdatesKeepTheCurrentArticle() {
    let second = UIFixture.run(start, [.command(.moveDown)])
    let id = second.currentArticle?.id
    let grown = Corpus([UIFixture.tokyo(), UIFixture.dam(), UIFixture.vienna()])
    let updated = UIFixture.run(
      second, [.loaded(.init(corpus: grown, problems: [], progress: .init(done: 3, total: 5)))])
    #expect(updated.currentArticle?.id == id)
    #expect(updated.progress?.done == 3)
    let reading = UIFixture.run(start, [.command(.nextPane), .command(.pageDown)])
    let refreshed = UIFixture.run(
      reading, [.loaded(.init(corpus: grown, problems: [], progress: .init(done: 5, total: 5)))])
    #expect(refreshed.articleTop == reading.articleTop && refreshed.articleTop > 0)
    #expect(refreshed.progress == nil)
  }
}
