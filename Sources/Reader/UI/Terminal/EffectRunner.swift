import Foundation
import Model

/// Carries out what the reducer asks for and reports the outcome as an action: writing the
/// export, with the corpus's exporter and atomic writer.
enum EffectRunner {
  static func perform(_ effect: Effect, in state: ReaderState, now: Date) -> Action {
    switch effect {
    case .export(let path, let replace):
      let selection = state.exportSelection
      let text = Exporter.render(selection, of: state.corpus, format: .text, exportedAt: now)
      let target = (path as NSString).expandingTildeInPath
      do {
        try AtomicFileWriter.write(Data(text.utf8), to: target, replacing: replace)
        return .exportFinished(message: "exported \(selection.summary) to \(path)")
      } catch AtomicWriteError.exists {
        return .exportNeedsConfirmation(path: path)
      } catch {
        return .exportFinished(message: "export failed: \(error)")
      }
    }
  }
}
