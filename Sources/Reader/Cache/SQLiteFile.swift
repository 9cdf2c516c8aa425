import Foundation
import GRDB

/// Opening, classifying failures of, and removing the SQLite files the reader keeps
/// (the database and its `-wal` and `-shm` companions).
enum SQLiteFile {
  /// Opens a database in WAL mode, creating its folder; waits up to `busyTimeout` for locks.
  static func open(_ path: String, busyTimeout: TimeInterval) throws -> DatabasePool {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.label = (path as NSString).lastPathComponent
    return try DatabasePool(path: path, configuration: configuration)
  }

  /// Why a database is unusable, in a few words for a one-line notice.
  static func reason(for error: any Error) -> String {
    guard let error = error as? DatabaseError else {
      return "unusable (\(error.localizedDescription))"
    }
    switch error.resultCode {
    case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "corrupt"
    case .SQLITE_BUSY, .SQLITE_LOCKED: return "locked by another process"
    default: return "unusable (\(error.message ?? error.resultCode.description))"
    }
  }

  /// A reason to distrust the file before opening it, read from its 100-byte header:
  /// not a SQLite file, or shorter than the page count the header declares.
  static func headerProblem(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let header = [UInt8](handle.readData(ofLength: 100))
    guard !header.isEmpty else { return nil }  // a new, empty file is a valid empty database
    guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
      return "corrupt"
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let rawPageSize = Int(header[16]) << 8 | Int(header[17])
    let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
    guard pageSize >= 512, size % pageSize == 0 else { return "truncated" }
    let declaredPages = bigEndian(header, at: 28)
    let headerCountIsValid = bigEndian(header, at: 24) == bigEndian(header, at: 92)
    if headerCountIsValid && size < declaredPages * pageSize && !hasWriteAheadLog(path) {
      return "truncated"
    }
    return nil
  }

  /// Deletes the database and its companions; missing files are not an error.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
  }

  /// Moves the database and its companions aside to `path.damaged*`, keeping the user's data.
  static func moveAside(_ path: String) {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + ".damaged" + suffix)
      try? FileManager.default.moveItem(atPath: path + suffix, toPath: path + ".damaged" + suffix)
    }
  }

  private static func hasWriteAheadLog(_ path: String) -> Bool {
    let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int)
    return (size ?? 0) > 0
  }

  private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
  }
}
