import Foundation

/// Buffers bytes for standard output and writes them in large blocks.
struct OutputBuffer {
  private var pending = Data()
  private let limit = 1 << 16

  mutating func write(_ data: Data) {
    pending.append(data)
    if pending.count >= limit { flush() }
  }

  mutating func flush() {
    guard !pending.isEmpty else { return }
    FileHandle.standardOutput.write(pending)
    pending.removeAll(keepingCapacity: true)
  }
}
