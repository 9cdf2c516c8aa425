import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP/1.0 server on 127.0.0.1 for loading tests: answers each path from a table,
/// on a background thread, until stopped. Never reachable from outside this machine.
final class LoopbackServer: @unchecked Sendable {
  /// A canned answer: status line, headers and body.
  struct Response {
    var status: String
    var headers: [String: String] = [:]
    var body: [UInt8] = []
  }

  let port: UInt16
  private let socketFD: Int32
  /// Signalled by the serving thread once it has closed the socket; nil when not answering.
  private let finished: DispatchSemaphore?

  /// - Parameter answering: false to listen without ever answering (for timeouts).
  init(routes: [String: Response], answering: Bool = true) throws {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    socketFD = fd
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var actual = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(fd, $0, &length)
      }
    }
    port = UInt16(bigEndian: actual.sin_port)
    if answering {
      let done = DispatchSemaphore(value: 0)
      finished = done
      Thread.detachNewThread { [routes] in
        Self.serve(fd, routes: routes)
        close(fd)
        done.signal()
      }
    } else {
      finished = nil
    }
  }

  func url(_ path: String) -> URL {
    URL(string: "http://127.0.0.1:\(port)\(path)")!
  }

  /// Stops listening. The serving thread closes the socket itself, and this waits for it, so
  /// the descriptor number is never reused by another test while the thread still accepts on it.
  func stop() {
    shutdown(socketFD, Int32(SHUT_RDWR))
    if let finished {
      finished.wait()
    } else {
      close(socketFD)
    }
  }

  private static func serve(_ fd: Int32, routes: [String: Response]) {
    while true {
      let client = accept(fd, nil, nil)
      if client < 0 { return }
      var buffer = [UInt8](repeating: 0, count: 8192)
      let count = read(client, &buffer, buffer.count)
      let request = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
      let path = request.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
      let response = routes[path] ?? Response(status: "404 Not Found")
      var head = "HTTP/1.0 \(response.status)\r\nContent-Length: \(response.body.count)\r\n"
      for (key, value) in response.headers { head += "\(key): \(value)\r\n" }
      head += "Connection: close\r\n\r\n"
      let bytes = Array(head.utf8) + response.body
      _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
      close(client)
    }
  }
}
