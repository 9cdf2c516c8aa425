import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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

  /// Starts a new peak: memory freed so far is handed back to the system, and the peak
  /// resident set size restarts from what is in use now (Linux's `clear_refs` 5), so that the
  /// next peak is the reader's alone and not the benchmark's own earlier work.
  static func resetPeak() {
    #if canImport(Glibc)
      // glibc's malloc_trim, looked up at run time (malloc.h is not in Swift's Glibc module).
      if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
      }
    #endif
    try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
  }
}
