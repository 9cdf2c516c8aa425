import Foundation

@testable import Model

/// The hand-written development set in `Tests/DevSet`: its gold files, its articles as the
/// engine analyses them, and the shared scorer's rule for comparing names.
enum DevSet {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("DevSet")

  static func gold<Gold: Decodable>(_ file: String, as type: Gold.Type) throws -> Gold {
    try JSONDecoder().decode(type, from: Data(contentsOf: folder.appendingPathComponent(file)))
  }

  /// What the engine finds in one article of the set.
  static func analysis(of file: String) throws -> Analysis {
    let url = folder.appendingPathComponent("articles").appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    return Analyzer.analyze(PlainTextParser.parse(text: text, path: file))
  }

  /// The lower-case ASCII letters-and-digits words of a name, periods dropped ("U.S." → "us"),
  /// as `score.py` compares names.
  static func words(_ name: String) -> [String] {
    let folded = name.precomposedStringWithCompatibilityMapping.lowercased()
      .replacingOccurrences(of: ".", with: "")
    return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
  }
}
