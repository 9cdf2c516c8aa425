import Foundation

/// Runs the built `reader` executable in a child process and collects what it printed.
struct ReaderBinary {
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `reader` executable in the same build folder as the test bundle.
  static var url: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !folder.path.isEmpty && folder.path != "/" {
      let candidate = folder.appendingPathComponent("reader")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/reader")
  }

  static func run(
    _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var env = environment ?? ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "interactive=no"
    // Never the user's own cache, nor one shared with tests running alongside: a scratch one
    // for this run unless the test chose a folder.
    var scratch: String?
    if env["READER_CACHE_DIR"] == nil {
      scratch = NSTemporaryDirectory() + "reader-test-cache-" + UUID().uuidString
      env["READER_CACHE_DIR"] = scratch
    }
    defer { scratch.map { try? FileManager.default.removeItem(atPath: $0) } }
    process.environment = env
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
