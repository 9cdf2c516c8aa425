import Foundation
import GRDB
import Synchronization

/// The user's own data about articles — read state and marks, by article id — in a database
/// apart from the cache (`$XDG_STATE_HOME/reader`), so rebuilding the cache never loses it.
/// A damaged file is moved aside (never deleted) with a one-line notice and a new one started.
final class StateStore: Sendable {
  let file: String
  private let notice: @Sendable (String) -> Void
  private let pool: Mutex<DatabasePool?>

  init(file: String, busyTimeout: TimeInterval = 3, notice: @escaping @Sendable (String) -> Void) {
    self.file = file
    self.notice = notice
    pool = Mutex(nil)
    let opened = Self.open(file, busyTimeout: busyTimeout, notice: notice)
    pool.withLock { $0 = opened }
  }

  /// The flags of every article with any recorded; absent ids are unread and unmarked.
  func allFlags() -> [String: ArticleFlags] {
    read(fallback: [:]) { db in
      var flags: [String: ArticleFlags] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT article, read, marked FROM article_state")
      while let row = try rows.next() {
        flags[row[0]] = ArticleFlags(read: row[1], marked: row[2])
      }
      return flags
    }
  }

  func flags(for article: String) -> ArticleFlags {
    read(fallback: ArticleFlags()) { db in
      let row = try Row.fetchOne(
        db, sql: "SELECT read, marked FROM article_state WHERE article = ?", arguments: [article])
      return row.map { ArticleFlags(read: $0[0], marked: $0[1]) } ?? ArticleFlags()
    }
  }

  func setRead(_ read: Bool, for article: String) {
    update(article, column: "read", to: read)
  }

  func setMarked(_ marked: Bool, for article: String) {
    update(article, column: "marked", to: marked)
  }

  private func update(_ article: String, column: String, to value: Bool) {
    guard let current = pool.withLock({ $0 }) else { return }
    do {
      try current.write { db in
        try db.execute(
          sql: """
            INSERT INTO article_state(article, \(column)) VALUES (?, ?)
            ON CONFLICT(article) DO UPDATE SET \(column) = excluded.\(column)
            """, arguments: [article, value])
      }
    } catch {
      notice("reader: could not save to \(file) (\(SQLiteFile.reason(for: error)))")
    }
  }

  private func read<T>(fallback: T, _ query: (Database) throws -> T) -> T {
    guard let current = pool.withLock({ $0 }) else { return fallback }
    return (try? current.read(query)) ?? fallback
  }

  private static func open(
    _ file: String, busyTimeout: TimeInterval, notice: @Sendable (String) -> Void
  ) -> DatabasePool? {
    if let problem = SQLiteFile.headerProblem(file) {
      return reopenAside(file, busyTimeout: busyTimeout, reason: problem, notice: notice)
    }
    do {
      return try createTables(in: try SQLiteFile.open(file, busyTimeout: busyTimeout))
    } catch {
      return reopenAside(
        file, busyTimeout: busyTimeout, reason: SQLiteFile.reason(for: error), notice: notice)
    }
  }

  private static func reopenAside(
    _ file: String, busyTimeout: TimeInterval, reason: String, notice: (String) -> Void
  ) -> DatabasePool? {
    SQLiteFile.moveAside(file)
    do {
      let fresh = try createTables(in: try SQLiteFile.open(file, busyTimeout: busyTimeout))
      notice("reader: the read state at \(file) was \(reason); kept it as \(file).damaged")
      return fresh
    } catch {
      notice("reader: the read state at \(file) is \(reason); marks will not be saved")
      return nil
    }
  }

  private static func createTables(in pool: DatabasePool) throws -> DatabasePool {
    try pool.write { db in
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS article_state(
            article TEXT PRIMARY KEY,
            read BOOLEAN NOT NULL DEFAULT 0,
            marked BOOLEAN NOT NULL DEFAULT 0) WITHOUT ROWID
          """)
    }
    return pool
  }
}
