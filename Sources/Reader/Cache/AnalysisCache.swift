import Foundation
import GRDB
import Model
import Synchronization

/// The on-disk cache of engine results (SQLite in WAL mode, safe for several processes):
/// encoded analyses keyed by content hash and engine version, and an FTS5 index of article
/// text. A corrupt, truncated, locked or outdated file is rebuilt with a one-line notice;
/// if even that fails the cache turns itself off and every lookup misses.
final class AnalysisCache: Sendable {
  let file: String
  let engineVersion: Int
  private let busyTimeout: TimeInterval
  private let notice: @Sendable (String) -> Void
  private let pool: Mutex<DatabasePool?>
  /// Where `storeLater` writes, one batch after another, off the callers' threads.
  private let writes = DispatchQueue(label: "reader.cache.writes")

  init(
    file: String, engineVersion: Int = EngineFingerprint.current, busyTimeout: TimeInterval = 3,
    notice: @escaping @Sendable (String) -> Void
  ) {
    self.file = file
    self.engineVersion = engineVersion
    self.busyTimeout = busyTimeout
    self.notice = notice
    pool = Mutex(nil)
    let opened = openOrRebuild()
    pool.withLock { $0 = opened }
  }

  /// Whether the cache is working (false once it has given up).
  var isAvailable: Bool { pool.withLock { $0 != nil } }

  /// The encoded analyses already stored for these content hashes.
  func cachedAnalyses(for hashes: [String]) -> [String: Data] {
    let unique = Array(Set(hashes))
    return perform(fallback: [:]) { pool in
      try pool.read { db in
        var found: [String: Data] = [:]
        for start in stride(from: 0, to: unique.count, by: 500) {
          let chunk = Array(unique[start..<min(start + 500, unique.count)])
          let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
          let rows = try Row.fetchCursor(
            db, sql: "SELECT hash, body FROM analysis WHERE engine = ? AND hash IN (\(marks))",
            arguments: StatementArguments([engineVersion] + chunk))
          while let row = try rows.next() {
            found[row[0]] = row[1]
          }
        }
        return found
      }
    }
  }

  /// Stores fresh results on a background queue, in the order given, so that the caller goes
  /// on analysing meanwhile; `flush` waits for them.
  func storeLater(_ documents: [CachedDocument]) {
    guard !documents.isEmpty else { return }
    writes.async { self.store(documents) }
  }

  /// Waits until every batch handed to `storeLater` is stored.
  func flush() async {
    await withCheckedContinuation { continuation in writes.async { continuation.resume() } }
  }

  /// Stores fresh results in one transaction, indexing each new text for search.
  func store(_ documents: [CachedDocument]) {
    guard !documents.isEmpty else { return }
    perform(fallback: ()) { pool in
      try pool.write { db in
        let analysis = try db.cachedStatement(
          sql: "INSERT OR REPLACE INTO analysis(hash, engine, body) VALUES (?, ?, ?)")
        let document = try db.cachedStatement(
          sql: "INSERT OR IGNORE INTO document(hash) VALUES (?)")
        let search = try db.cachedStatement(
          sql: "INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)")
        for entry in documents {
          try analysis.execute(arguments: [entry.hash, engineVersion, entry.analysis])
          try document.execute(arguments: [entry.hash])
          if db.changesCount > 0 {
            try search.execute(arguments: [db.lastInsertedRowID, entry.title, entry.text])
          }
        }
      }
    }
  }

  /// Content hashes of the indexed texts matching every word of `query` (the last word as a
  /// prefix), best match first.
  func search(_ query: String, limit: Int = 1000) -> [String] {
    guard let pattern = SearchPattern.fts5(query) else { return [] }
    return perform(fallback: []) { pool in
      try pool.read { db in
        try String.fetchAll(
          db,
          sql: """
            SELECT document.hash FROM search JOIN document ON document.id = search.rowid
            WHERE search MATCH ? ORDER BY rank LIMIT ?
            """, arguments: [pattern, limit])
      }
    }
  }

  /// Runs one operation; on failure reports it once, rebuilds a damaged file, and returns
  /// `fallback` so the caller recomputes instead of trusting a half-read answer.
  private func perform<T>(fallback: T, _ operation: (DatabasePool) throws -> T) -> T {
    guard let current = pool.withLock({ $0 }) else { return fallback }
    do {
      return try operation(current)
    } catch {
      let replacement = rebuild(current, because: SQLiteFile.reason(for: error))
      pool.withLock { $0 = replacement }
      return fallback
    }
  }

  private func openOrRebuild() -> DatabasePool? {
    if let problem = SQLiteFile.headerProblem(file) { return rebuild(nil, because: problem) }
    do {
      let opened = try SQLiteFile.open(file, busyTimeout: busyTimeout)
      switch try opened.read({ try CacheSchema.state(of: $0, engineVersion: engineVersion) }) {
      case .current:
        return opened
      case .empty:
        try opened.write { try CacheSchema.create(in: $0, engineVersion: engineVersion) }
        return opened
      case .outdated:
        return rebuild(opened, because: "made by another build of the engine")
      }
    } catch {
      return rebuild(nil, because: SQLiteFile.reason(for: error))
    }
  }

  /// Replaces the file with a fresh, empty cache; nil (cache off) if that fails too.
  private func rebuild(_ old: DatabasePool?, because reason: String) -> DatabasePool? {
    try? old?.close()
    SQLiteFile.remove(file)
    do {
      let fresh = try SQLiteFile.open(file, busyTimeout: busyTimeout)
      try fresh.write { try CacheSchema.create(in: $0, engineVersion: engineVersion) }
      notice("reader: the cache at \(file) was \(reason); rebuilt it")
      return fresh
    } catch {
      notice(
        "reader: cannot use the cache at \(file): \(SQLiteFile.reason(for: error));"
          + " working without it")
      return nil
    }
  }
}
