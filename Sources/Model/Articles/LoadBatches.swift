import Foundation

/// The articles of a list of documents, read a batch at a time in order, each batch's documents
/// read on all cores. While the caller works on one batch the next is already being read, and
/// no more: memory stays bounded however far ahead reading could run.
public struct LoadBatches: AsyncSequence, Sendable {
  /// The articles and problems of one batch of documents, and how many are still to read.
  public struct Batch: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]
    /// Documents not yet read after this batch (each holds at least one article, or a problem).
    public var remaining: Int

    public init(articles: [Article], problems: [LoadProblem] = [], remaining: Int = 0) {
      self.articles = articles
      self.problems = problems
      self.remaining = remaining
    }
  }

  let loader: SourceLoader
  let documents: [SourceDocument]
  let first: Int
  let size: Int

  public func makeAsyncIterator() -> Iterator {
    Iterator(batches: self)
  }

  /// Reads the batches in order, one ahead of the caller.
  public struct Iterator: AsyncIteratorProtocol {
    let batches: LoadBatches
    var start = 0
    var ahead: Task<Batch, Never>?

    init(batches: LoadBatches) {
      self.batches = batches
    }

    public mutating func next() async -> Batch? {
      let task = ahead ?? startReading()
      ahead = nil
      guard let task else { return nil }
      let batch = await task.value
      ahead = startReading()
      return batch
    }

    /// Starts reading the batch at `start`, or nil when every document is read.
    private mutating func startReading() -> Task<Batch, Never>? {
      let documents = batches.documents
      guard start < documents.count else { return nil }
      let count = Swift.max(1, start == 0 ? batches.first : batches.size)
      let range = start..<Swift.min(start + count, documents.count)
      start = range.upperBound
      let loader = batches.loader
      let remaining = documents.count - range.upperBound
      return Task {
        let reports = await Self.read(documents[range], with: loader)
        return Batch(
          articles: reports.flatMap(\.articles), problems: reports.flatMap(\.problems),
          remaining: remaining)
      }
    }

    /// Each document's report, in order, read on all cores.
    private static func read(_ documents: ArraySlice<SourceDocument>, with loader: SourceLoader)
      async -> [LoadReport]
    {
      let width = ProcessInfo.processInfo.activeProcessorCount
      var reports = [LoadReport](repeating: LoadReport(), count: documents.count)
      await BoundedTasks.run(
        count: documents.count, width: width,
        start: { offset in
          let document = documents[documents.startIndex + offset]
          return { await loader.read(document) }
        },
        each: { offset, report in reports[offset] = report })
      return reports
    }
  }
}
