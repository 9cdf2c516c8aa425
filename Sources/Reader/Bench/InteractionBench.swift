import Foundation
import Model

/// Times what the user does in the interface, each step reduced and drawn headless into the
/// cell buffer as the terminal would show it: filter by a speaker, search as one types, move.
struct InteractionBench {
  let state: ReaderState

  /// Choosing one speaker (the most quoted ones and a spread of the rest) and redrawing.
  func speakerFilterTimings() -> Percentiles? {
    let speakers = state.corpus.speakers.speakers
    guard !speakers.isEmpty else { return nil }
    let step = max(1, speakers.count / 100)
    let chosen =
      Array(speakers.prefix(50))
      + stride(from: 0, to: speakers.count, by: step).map {
        speakers[$0]
      }
    return Percentiles(
      chosen.map { speaker in
        milliseconds {
          var next = state
          next.setSpeakerFilter([speaker.id])
          _ = Screen.render(next)
        }
      })
  }

  /// Typing queries into the `/` prompt, one keystroke at a time, each reduced and redrawn;
  /// names and places from the grammar, and a word found nowhere (the whole corpus scanned).
  func searchTimings() -> Percentiles? {
    let queries = NewsLexicon.surnames.prefix(12) + NewsLexicon.places.prefix(6) + ["qzxv"]
    var samples: [Double] = []
    for query in queries {
      var current = Reducer.reduce(state, .command(.search), now: Date())
      for character in query {
        samples.append(
          milliseconds {
            current = Reducer.reduce(current, .type(character), now: Date())
            _ = Screen.render(current)
          })
      }
    }
    return Percentiles(samples)
  }

  /// Moving down the list and through an article, redrawing after each key.
  func keyTimings() -> Percentiles? {
    let keys: [Command] =
      Array(repeating: .moveDown, count: 100) + [.nextPane]
      + Array(repeating: .moveDown, count: 50) + [.nextPane]
      + Array(repeating: .moveDown, count: 20) + [.nextPane, .last, .first]
    var current = state
    return Percentiles(
      keys.map { command in
        milliseconds {
          current = Reducer.reduce(current, .command(command), now: Date())
          _ = Screen.render(current)
        }
      })
  }

  private func milliseconds(_ work: () -> Void) -> Double {
    Stopwatch.seconds(work) * 1000
  }
}
