import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Fetches an http(s) source: 15 s timeout, redirects followed, at most 10 MB.
public enum HTTPFetcher {
  public static let timeout: TimeInterval = 15
  public static let sizeLimit = 10 * 1024 * 1024

  public static func fetch(
    _ url: URL, timeout: TimeInterval = timeout
  ) async throws(LoadProblem) -> (bytes: [UInt8], contentType: String?) {
    let source = url.absoluteString
    var request = URLRequest(url: url, timeoutInterval: timeout)
    request.setValue("reader/1 (terminal news reader)", forHTTPHeaderField: "User-Agent")
    let collector = LimitedDownload(limit: sizeLimit, timeout: timeout)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    let session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
    defer { session.finishTasksAndInvalidate() }
    let outcome = await collector.run(session.dataTask(with: request))
    switch outcome {
    case .failure(let message):
      throw LoadProblem(source: source, message: message)
    case .success(let status, let contentType, let bytes):
      guard (200..<300).contains(status) else {
        throw LoadProblem(source: source, message: "HTTP \(status)")
      }
      return (bytes, contentType)
    }
  }
}

/// Collects a response body for `HTTPFetcher`, cancelling the transfer past the size limit.
final class LimitedDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  /// How a transfer ended.
  enum Outcome: Sendable {
    case success(status: Int, contentType: String?, bytes: [UInt8])
    case failure(String)
  }

  private let limit: Int
  private let timeout: TimeInterval
  private let lock = NSLock()
  private var bytes: [UInt8] = []
  private var tooLarge = false
  private var continuation: CheckedContinuation<Outcome, Never>?

  init(limit: Int, timeout: TimeInterval) {
    self.limit = limit
    self.timeout = timeout
  }

  func run(_ task: URLSessionDataTask) async -> Outcome {
    await withCheckedContinuation { continuation in
      lock.withLock { self.continuation = continuation }
      task.resume()
    }
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let over = lock.withLock {
      bytes.append(contentsOf: data)
      tooLarge = bytes.count > limit
      return tooLarge
    }
    if over { dataTask.cancel() }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    let outcome: Outcome
    let (body, over) = lock.withLock { (bytes, tooLarge) }
    if over {
      outcome = .failure("larger than 10 MB")
    } else if let error = error as? URLError {
      outcome = .failure(describe(error))
    } else if let error {
      outcome = .failure(error.localizedDescription)
    } else if let response = task.response as? HTTPURLResponse {
      outcome = .success(
        status: response.statusCode, contentType: response.mimeType, bytes: body)
    } else {
      outcome = .failure("no HTTP response")
    }
    let waiting = lock.withLock {
      defer { continuation = nil }
      return continuation
    }
    waiting?.resume(returning: outcome)
  }

  func describe(_ error: URLError) -> String {
    switch error.code {
    case .timedOut: "timed out after \(Int(timeout)) s"
    case .cannotConnectToHost: "could not connect"
    case .cannotFindHost, .dnsLookupFailed: "host not found"
    case .notConnectedToInternet, .networkConnectionLost: "network unavailable"
    case .httpTooManyRedirects: "too many redirects"
    case .unsupportedURL, .badURL: "not a valid URL"
    default: "network error (\(error.code.rawValue))"
    }
  }
}
