import Foundation

/// Loads articles from files, folders (recursively) and http(s) URLs, in the order given.
/// A source that fails is reported and skipped; the rest still load.
///
/// Loading is in two steps so a screen can open before everything is read: `documents` lists
/// what the sources hold (folders walked, nothing read yet), then `batches` reads them a batch
/// at a time, on all cores, in order. `load` does both and waits for the whole.
public struct SourceLoader: Sendable {
  /// Extensions read in folders without sniffing; other files are read only if they look like text.
  static let articleExtensions: Set<String> = [
    "", "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom", "feed",
  ]

  public init() {}

  /// Every article of the sources, and every problem met.
  public func load(_ sources: [String]) async -> LoadReport {
    var report = LoadReport()
    for await batch in batches(sources) {
      report.articles += batch.articles
      report.problems += batch.problems
    }
    return report
  }

  /// The sources' articles a batch at a time: the first batch small, so that it comes at once.
  public func batches(_ sources: [String], first: Int = 64, size: Int = 512) -> LoadBatches {
    LoadBatches(loader: self, documents: documents(sources), first: first, size: size)
  }

  /// What the sources hold, in order: files (folders walked and sorted), URLs, and the
  /// sources that do not exist.
  public func documents(_ sources: [String]) -> [SourceDocument] {
    var documents: [SourceDocument] = []
    for source in sources {
      if let url = URL(string: source), let scheme = url.scheme?.lowercased(),
        scheme == "http" || scheme == "https"
      {
        documents.append(.url(url, source: source))
        continue
      }
      var isDirectory: ObjCBool = false
      if !FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) {
        documents.append(.missing(source))
      } else if isDirectory.boolValue {
        documents += FolderWalk.files(in: source).map { .file($0, explicit: false) }
      } else {
        documents.append(.file(source, explicit: true))
      }
    }
    return documents
  }

  /// One document's articles, and its problems.
  public func read(_ document: SourceDocument) async -> LoadReport {
    do {
      switch document {
      case .missing(let source):
        return LoadReport(problems: [LoadProblem(source: source, message: "no such file or folder")]
        )
      case .url(let url, let source):
        let fetched = try await HTTPFetcher.fetch(url)
        return report(
          try DocumentParser.parse(fetched.bytes, path: source, hint: fetched.contentType))
      case .file(let path, let explicit):
        return try readFile(path, explicit: explicit)
      }
    } catch {
      return LoadReport(problems: [error])
    }
  }

  private func readFile(_ path: String, explicit: Bool) throws(LoadProblem) -> LoadReport {
    let fileExtension = (path as NSString).pathExtension.lowercased()
    guard let data = FileManager.default.contents(atPath: path) else {
      let message =
        FileManager.default.isReadableFile(atPath: path) ? "could not be read" : "permission denied"
      throw LoadProblem(source: path, message: message)
    }
    let bytes = [UInt8](data)
    if !explicit && !Self.articleExtensions.contains(fileExtension)
      && !TextDecoding.looksLikeText(Array(bytes.prefix(4096)))
    {
      return LoadReport()
    }
    return report(try DocumentParser.parse(bytes, path: path, hint: fileExtension))
  }

  private func report(_ parsed: (articles: [Article], warnings: [LoadProblem])) -> LoadReport {
    LoadReport(articles: parsed.articles, problems: parsed.warnings)
  }
}

/// One thing to read: a file (named on the command line, or found in a folder), an http(s)
/// URL, or a source that does not exist.
public enum SourceDocument: Sendable, Hashable {
  /// `explicit`: named by the user, so read whatever its extension.
  case file(String, explicit: Bool)
  case url(URL, source: String)
  case missing(String)
}
