import Foundation

/// How busy the machine was while measuring, from `/proc/loadavg`: wall-clock figures taken on
/// a machine whose other processes keep every core busy are slower than the code is.
enum MachineLoad {
  /// One line for the table: "load average 7.9 on 2 cores", or nil where there is no /proc.
  static func summary() -> String? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8),
      let first = text.split(separator: " ").first
    else { return nil }
    return "load average \(first) on \(ProcessInfo.processInfo.activeProcessorCount) cores"
  }
}
