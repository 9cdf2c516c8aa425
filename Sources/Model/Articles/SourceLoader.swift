import Foundation

/// Loads articles from files, folders (recursively) and http(s) URLs, in the order given.
/// A source that fails is reported and skipped; the rest still load.
public struct SourceLoader: Sendable {
  /// Extensions read in folders without sniffing; other files are read only if they look like text.
  static let articleExtensions: Set<String> = [
    "", "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom", "feed",
  ]

  public init() {}

  public func load(_ sources: [String]) async -> LoadReport {
    var report = LoadReport()
    for source in sources {
      if let url = URL(string: source), let scheme = url.scheme?.lowercased(),
        scheme == "http" || scheme == "https"
      {
        do {
          let fetched = try await HTTPFetcher.fetch(url)
          add(
            try DocumentParser.parse(fetched.bytes, path: source, hint: fetched.contentType),
            to: &report)
        } catch {
          report.problems.append(error)
        }
      } else {
        loadPath(source, into: &report)
      }
    }
    return report
  }

  func loadPath(_ path: String, into report: inout LoadReport) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      report.problems.append(LoadProblem(source: path, message: "no such file or folder"))
      return
    }
    if isDirectory.boolValue {
      for file in filesInFolder(path) {
        loadFile(file, explicit: false, into: &report)
      }
    } else {
      loadFile(path, explicit: true, into: &report)
    }
  }

  /// Every regular file below a folder, sorted by path, hidden files and folders left out.
  func filesInFolder(_ folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var files: [String] = []
    while let relative = walker.nextObject() as? String {
      let type = walker.fileAttributes?[.type] as? FileAttributeType
      if (relative as NSString).lastPathComponent.hasPrefix(".") {
        if type == .typeDirectory { walker.skipDescendants() }
        continue
      }
      if type == .typeRegular { files.append(prefix + relative) }
    }
    return files.sorted()
  }

  func loadFile(_ path: String, explicit: Bool, into report: inout LoadReport) {
    let fileExtension = (path as NSString).pathExtension.lowercased()
    guard let data = FileManager.default.contents(atPath: path) else {
      let message =
        FileManager.default.isReadableFile(atPath: path) ? "could not be read" : "permission denied"
      report.problems.append(LoadProblem(source: path, message: message))
      return
    }
    let bytes = [UInt8](data)
    if !explicit && !Self.articleExtensions.contains(fileExtension)
      && !TextDecoding.looksLikeText(Array(bytes.prefix(4096)))
    {
      return
    }
    do {
      add(try DocumentParser.parse(bytes, path: path, hint: fileExtension), to: &report)
    } catch {
      report.problems.append(error)
    }
  }

  func add(_ parsed: (articles: [Article], warnings: [LoadProblem]), to report: inout LoadReport) {
    report.articles.append(contentsOf: parsed.articles)
    report.problems.append(contentsOf: parsed.warnings)
  }
}
