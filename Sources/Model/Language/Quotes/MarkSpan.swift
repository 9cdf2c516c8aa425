/// A stretch of text between quotation marks, found by `MarkBalancer` (scalar offsets).
struct MarkSpan: Sendable, Hashable {
  /// Offset of the opening mark.
  var open: Int
  /// Offset of the closing mark's last scalar, or nil when the paragraph ends first.
  var close: Int?
  /// The words inside the marks, white space trimmed.
  var content: Range<Int>
  /// Index of the paragraph (in the list given to the balancer) that holds the span.
  var paragraph: Int
  /// The span reopens a quotation the previous paragraph left open (news style for a quote that
  /// runs over several paragraphs).
  var continuesPrevious: Bool

  /// From the opening mark to just after the closing mark (or the end of the content).
  var outer: Range<Int> { open..<((close.map { $0 + 1 }) ?? content.upperBound) }
}
