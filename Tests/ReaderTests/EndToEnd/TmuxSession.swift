import Foundation

/// Drives a tmux session for end-to-end tests: start a command in a detached session of a
/// given size, send keys, read the screen, resize, and kill it.
struct TmuxSession {
  let name: String

  static var isAvailable: Bool { (try? run(["-V"]).status) == 0 }

  init(command: String, width: Int, height: Int) throws {
    name = "reader-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    _ = try Self.run(
      ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command],
      capture: false)
  }

  func send(_ keys: String...) throws { _ = try Self.run(["send-keys", "-t", name] + keys) }

  /// Sends text literally, character by character.
  func type(_ text: String) throws { _ = try Self.run(["send-keys", "-t", name, "-l", text]) }

  func screen() throws -> String { try Self.run(["capture-pane", "-t", name, "-p"]).output }

  func resize(width: Int, height: Int) throws {
    _ = try Self.run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  func value(_ format: String) throws -> String {
    try Self.run(["display-message", "-t", name, "-p", format]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func kill() { _ = try? Self.run(["kill-session", "-t", name]) }

  /// Waits up to `seconds` for the screen to satisfy `condition`; returns the last screen.
  @discardableResult
  func wait(seconds: Double = 10, until condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var text = try screen()
    while !condition(text) && Date() < deadline {
      usleep(100_000)
      text = try screen()
    }
    return text
  }

  /// Runs tmux through the shell, its output going to a temporary file. (`Process` here can
  /// miss the exit of the tmux client that starts the server and wait forever.)
  private static func run(_ arguments: [String], capture: Bool = true) throws -> (
    status: Int32, output: String
  ) {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-tmux-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    let words = (["tmux"] + arguments).map {
      "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    let target = capture ? "'\(file)'" : "/dev/null"
    let status = system(words.joined(separator: " ") + " </dev/null >\(target) 2>/dev/null")
    let output = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    return (status, output)
  }
}
