import Foundation

/// Fetches an http(s) source.
public enum HTTPFetcher {
  public static func fetch(_ url: URL) async throws(LoadProblem) -> (
    bytes: [UInt8], contentType: String?
  ) {
    throw LoadProblem(source: url.absoluteString, message: "URLs are not supported yet")
  }
}
