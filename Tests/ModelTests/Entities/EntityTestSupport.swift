@testable import Model

/// Runs the recogniser on a plain text (blank lines separate paragraphs).
func recognise(_ text: String) -> EntityAnalysis {
  EntityRecognizer.recognize(Document(text: text))
}

extension EntityAnalysis {
  /// The entities of one type, by name.
  func names(_ type: EntityType) -> [String] {
    entities.filter { $0.type == type }.map(\.name)
  }

  func entity(named name: String) -> Entity? {
    entities.first { $0.name == name }
  }
}
