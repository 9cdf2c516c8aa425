import Foundation
import Testing

@testable import Model

@Suite struct HTTPLoadingTests {
  static let feed = Array(
    """
    <rss><channel><item><title>Bridge opens</title><description>It opened.</description></item>
    <item><title>Rates rise</title><description>They rose.</description></item></channel></rss>
    """.utf8)

  @Test func readsAFeedAndReportsA404FromALoopbackServer() async throws {
    let server = try LoopbackServer(routes: [
      "/feed.xml": .init(
        status: "200 OK", headers: ["Content-Type": "application/rss+xml"], body: Self.feed),
      "/moved": .init(status: "301 Moved Permanently", headers: ["Location": "/feed.xml"]),
    ])
    defer { server.stop() }
    let feed = server.url("/feed.xml").absoluteString
    let missing = server.url("/missing").absoluteString
    let moved = server.url("/moved").absoluteString
    let report = await SourceLoader().load([feed, missing, moved])
    #expect(
      report.articles.map(\.title) == ["Bridge opens", "Rates rise", "Bridge opens", "Rates rise"])
    #expect(report.articles.first?.path == feed)
    #expect(report.problems.map(\.line) == ["\(missing): HTTP 404"])
  }

  @Test func refusedConnectionIsAOneLineProblem() async throws {
    let server = try LoopbackServer(routes: [:])
    let url = server.url("/feed.xml")
    server.stop()
    let report = await SourceLoader().load([url.absoluteString])
    #expect(report.articles.isEmpty)
    #expect(report.problems.map(\.message) == ["could not connect"])
  }
}

@Suite struct HTTPTimeoutTests {
  @Test func silentServerTimesOut() async throws {
    let silent = try LoopbackServer(routes: [:], answering: false)
    defer { silent.stop() }
    let url = silent.url("/slow")
    await #expect(throws: LoadProblem(source: url.absoluteString, message: "timed out after 1 s")) {
      try await HTTPFetcher.fetch(url, timeout: 1)
    }
  }
}
