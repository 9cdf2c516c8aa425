import Foundation
import Model

/// Where `reader extract` writes its records: standard output, one JSON object per line
/// (or indented with `--pretty`), buffered into large blocks.
struct ExtractOutput {
  private let encoder: JSONEncoder?
  private var lines = ExtractLineWriter()
  private var output = OutputBuffer()

  init(pretty: Bool) {
    guard pretty else {
      encoder = nil
      return
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    self.encoder = encoder
  }

  mutating func write(_ record: ExtractRecord) throws {
    if let encoder {
      output.write(try encoder.encode(record))
      output.write(Data("\n".utf8))
    } else {
      lines.write(record)
      output.write(Data(lines.bytes))
      lines.removeAll()
    }
  }

  mutating func flush() {
    output.flush()
  }
}
