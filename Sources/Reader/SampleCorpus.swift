import Foundation

/// Where the bundled sample articles are: `seeds/` in the current directory if there is one,
/// else the copy beside the package the binary was built from.
enum SampleCorpus {
  static func path(
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) -> String {
    var isDirectory: ObjCBool = false
    let local = currentDirectory + "/seeds"
    if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return "seeds"
    }
    return packageRoot().appendingPathComponent("seeds").path
  }

  /// The package's folder, known from this source file's path at build time.
  static func packageRoot(sourceFile: String = #filePath) -> URL {
    URL(fileURLWithPath: sourceFile)
      .deletingLastPathComponent()  // Reader
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent()
  }
}
