import GRDB

/// The cache database's layout and its version checks. The format number lives in
/// `PRAGMA user_version`; the engine version that filled the cache lives in `meta`.
enum CacheSchema {
  /// Bumped whenever the tables below change; an older file is rebuilt.
  static let format = 3

  /// What an opened cache file holds.
  enum State: Equatable {
    case empty
    case current
    case outdated
  }

  static func state(of db: Database, engineVersion: Int) throws -> State {
    let format = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let hasTables = try db.tableExists("analysis")
    if format == 0 && !hasTables { return .empty }
    guard format == Self.format else { return .outdated }
    let engine = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'engine'") ?? 0
    return engine != engineVersion ? .outdated : .current
  }

  /// Creates the tables in an empty database; does nothing if another process already did.
  static func create(in db: Database, engineVersion: Int) throws {
    guard try state(of: db, engineVersion: engineVersion) == .empty else { return }
    try db.execute(
      sql: """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE analysis(
          hash TEXT NOT NULL, engine INTEGER NOT NULL, body BLOB NOT NULL,
          PRIMARY KEY (hash, engine)) WITHOUT ROWID;
        CREATE TABLE document(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE);
        CREATE VIRTUAL TABLE search USING fts5(
          title, body, content = '', detail = column,
          tokenize = 'unicode61 remove_diacritics 2');
        """)
    try db.execute(sql: "INSERT INTO meta VALUES ('engine', ?)", arguments: [engineVersion])
    try db.execute(sql: "PRAGMA user_version = \(format)")
  }
}
