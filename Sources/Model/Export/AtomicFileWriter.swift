import Foundation
import Glibc

/// Why a file could not be written; `description` is one line for the user.
public enum AtomicWriteError: Error, Equatable, CustomStringConvertible {
  /// The file exists and replacing it was not allowed.
  case exists(path: String)
  /// The folder to write into does not exist.
  case missingFolder(path: String, folder: String)
  /// The system refused: permission, read-only file system, disk full, the path is a folder…
  case failed(path: String, reason: String)

  public var description: String {
    switch self {
    case .exists(let path): "'\(path)' already exists"
    case .missingFolder(let path, let folder): "cannot write '\(path)': no folder '\(folder)'"
    case .failed(let path, let reason): "cannot write '\(path)': \(reason)"
    }
  }
}

/// Writes files atomically: the content goes to a temporary file in the same folder, which is
/// then renamed over the destination, so readers see the old file or the new one, never a
/// part; on any failure the temporary file is removed and the destination is left untouched.
public enum AtomicFileWriter {
  /// Receives the content of a file being written.
  public struct Sink {
    fileprivate let descriptor: Int32
    fileprivate let path: String

    public func write(_ data: Data) throws {
      try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
          let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
          if written < 0 {
            if errno == EINTR { continue }
            throw AtomicWriteError.failed(path: path, reason: AtomicFileWriter.reason(errno))
          }
          offset += written
        }
      }
    }
  }

  public static func write(_ data: Data, to path: String, replacing: Bool) throws {
    try write(to: path, replacing: replacing) { try $0.write(data) }
  }

  /// Writes what `body` gives the sink; if `body` throws, nothing is changed and its error is
  /// rethrown.
  public static func write(
    to path: String, replacing: Bool, body: (Sink) throws -> Void
  ) throws {
    let url = URL(fileURLWithPath: path)
    let folder = (path as NSString).deletingLastPathComponent
    let folderPath = folder.isEmpty ? "." : folder
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isFolder) else {
      throw AtomicWriteError.missingFolder(path: path, folder: folderPath)
    }
    guard isFolder.boolValue else {
      throw AtomicWriteError.failed(path: path, reason: "'\(folderPath)' is not a folder")
    }
    var existing = stat()
    let exists = lstat(path, &existing) == 0
    if exists, existing.st_mode & S_IFMT == S_IFDIR {
      throw AtomicWriteError.failed(path: path, reason: "it is a folder")
    }
    if exists, !replacing { throw AtomicWriteError.exists(path: path) }

    let temporary =
      folderPath + "/." + url.lastPathComponent
      + ".\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw AtomicWriteError.failed(path: path, reason: reason(errno)) }
    var closed = false
    defer {
      if !closed { close(descriptor) }
      unlink(temporary)
    }
    try body(Sink(descriptor: descriptor, path: path))
    if exists { fchmod(descriptor, existing.st_mode & 0o7777) }
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      throw AtomicWriteError.failed(path: path, reason: reason(errno))
    }
    closed = true
    try publish(temporary, as: path, replacing: replacing)
  }

  /// Moves the finished temporary file to its destination: `rename` when replacing is allowed,
  /// else a hard link, which fails rather than replace a file created meanwhile.
  private static func publish(_ temporary: String, as path: String, replacing: Bool) throws {
    if replacing {
      guard rename(temporary, path) == 0 else {
        throw AtomicWriteError.failed(path: path, reason: reason(errno))
      }
      return
    }
    if link(temporary, path) == 0 { return }
    let error = errno
    if error == EEXIST { throw AtomicWriteError.exists(path: path) }
    guard error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EXDEV,
      access(path, F_OK) != 0, rename(temporary, path) == 0
    else { throw AtomicWriteError.failed(path: path, reason: reason(error)) }
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "permission denied"
    case EROFS: "read-only file system"
    case ENOSPC: "no space left on the device"
    case EISDIR: "it is a folder"
    default: String(cString: strerror(code)).lowercased()
    }
  }
}
