import Foundation

/// One news article as loaded from a source: its text and where each paragraph lies in it.
///
/// Every offset in the model is a Unicode-scalar offset into `text`.
public struct Article: Sendable, Hashable, Identifiable {
  /// Stable identifier: a hash of the source path, the feed item index and the text.
  public let id: String
  /// The file path or URL the article came from.
  public let path: String
  /// Index of the item inside a feed, or nil for a single-article source.
  public let item: Int?
  public let title: String
  public let date: Date?
  /// Link to the original page, when the source names one (feed items).
  public let link: String?
  public let author: String?
  public let text: String
  /// Every block of `text` in order: the title, body paragraphs and page chrome.
  public let paragraphs: [Paragraph]

  public init(
    path: String, item: Int? = nil, title: String, date: Date? = nil, link: String? = nil,
    author: String? = nil, text: String, paragraphs: [Paragraph]
  ) {
    self.id = StableHash.hex(of: [path, item.map(String.init) ?? "", text])
    self.path = path
    self.item = item
    self.title = title
    self.date = date
    self.link = link
    self.author = author
    self.text = text
    self.paragraphs = paragraphs
  }

  /// The blocks a reader sees and the language engine analyses: the title and body paragraphs.
  public var contentParagraphs: [Paragraph] {
    paragraphs.filter { $0.kind != .chrome }
  }
}
