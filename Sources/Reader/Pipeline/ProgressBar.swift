import Foundation

/// A one-line progress bar on standard error ("analysing 3,214 / 10,000 [#####     ]"),
/// drawn only when standard error is a terminal — never into a pipe or file — and redrawn
/// only when what it shows changes.
struct ProgressBar {
  private let enabled: Bool
  private let width = 30
  private var shown: Int?

  init(enabled: Bool = isatty(2) == 1) {
    self.enabled = enabled
  }

  mutating func update(_ progress: PipelineProgress) {
    guard enabled, progress.total > 0 else { return }
    let permille = progress.done * 1000 / progress.total
    guard permille != shown else { return }
    shown = permille
    let filled = progress.done * width / progress.total
    let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
    write("\r\(progress.line) [\(bar)]")
  }

  /// Erases the bar, leaving the line clean for whatever is printed next.
  mutating func finish() {
    guard enabled, shown != nil else { return }
    shown = nil
    write("\r\u{1B}[K")
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
