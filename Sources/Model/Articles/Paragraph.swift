/// A block of an article's text, as a half-open range of Unicode-scalar offsets.
public struct Paragraph: Sendable, Hashable, Codable {
  /// What a block is for: the headline, body text, or page chrome kept but not shown or analysed.
  public enum Kind: String, Sendable, Hashable, Codable {
    case title
    case body
    case chrome
  }

  public var start: Int
  public var end: Int
  public var kind: Kind

  public init(start: Int, end: Int, kind: Kind) {
    self.start = start
    self.end = end
    self.kind = kind
  }

  public var range: Range<Int> { start..<end }
}
