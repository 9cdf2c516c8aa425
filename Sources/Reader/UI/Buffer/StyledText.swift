/// A run of text in one style: the unit views write into a buffer.
struct Span: Hashable, Sendable {
  var text: String
  var style: CellStyle

  init(_ text: String, _ style: CellStyle = .plain) {
    self.text = text
    self.style = style
  }
}
