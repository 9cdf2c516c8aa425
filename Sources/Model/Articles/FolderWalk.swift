#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists the files below a folder quickly: one `readdir` pass per folder, asking the file
/// system for a file's type only when the directory entry does not say (or names a symbolic
/// link, which is followed to a file but never into a folder, so a link cycle cannot loop).
/// Hidden files and folders are left out.
enum FolderWalk {
  /// Every regular file below `folder`, as `folder/relative/path`, sorted by path.
  static func files(in folder: String) -> [String] {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var files: [String] = []
    var pending = [prefix]
    while let directory = pending.popLast() {
      guard let stream = opendir(directory) else { continue }
      defer { closedir(stream) }
      while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        guard !name.hasPrefix(".") else { continue }
        let path = directory + name
        switch kind(of: path, type: entry.pointee.d_type) {
        case .file: files.append(path)
        case .folder: pending.append(path + "/")
        case .other: break
        }
      }
    }
    return files.sorted()
  }

  private enum Kind { case file, folder, other }

  private static func kind(of path: String, type: UInt8) -> Kind {
    switch Int32(type) {
    case Int32(DT_REG): return .file
    case Int32(DT_DIR): return .folder
    case Int32(DT_LNK), Int32(DT_UNKNOWN):
      var info = stat()
      guard stat(path, &info) == 0 else { return .other }
      let format = info.st_mode & S_IFMT
      if format == S_IFREG { return .file }
      return format == S_IFDIR && Int32(type) == Int32(DT_UNKNOWN) ? .folder : .other
    default: return .other
    }
  }
}
