import Foundation

/// The process's memory use as Linux reports it in `/proc/self/status`.
enum ProcessMemory {
  /// The peak resident set size (VmHWM) in megabytes, or nil where there is no /proc.
  static func peakResidentMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
      return kilobytes.map { $0 / 1024 }
    }
    return nil
  }
}
