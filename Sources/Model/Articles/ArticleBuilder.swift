import Foundation

/// Builds an article from a title and paragraphs of extracted text (HTML pages, feed items):
/// the text is the title and the paragraphs separated by blank lines; chrome is marked.
enum ArticleBuilder {
  static func build(
    path: String, item: Int? = nil, title: String, date: Date? = nil, link: String? = nil,
    author: String? = nil, body: [String]
  ) -> Article {
    var blocks = body
    if let first = blocks.first, first == title { blocks.removeFirst() }
    var text = ""
    var paragraphs: [Paragraph] = []
    var offset = 0
    func append(_ block: String, kind: Paragraph.Kind) {
      if !text.isEmpty {
        text += "\n\n"
        offset += 2
      }
      let length = block.unicodeScalars.count
      text += block
      paragraphs.append(Paragraph(start: offset, end: offset + length, kind: kind))
      offset += length
    }
    if !title.isEmpty { append(title, kind: .title) }
    for block in blocks {
      append(block, kind: PageChrome.isChrome(block) ? .chrome : .body)
    }
    return Article(
      path: path, item: item, title: title, date: date, link: link, author: author, text: text,
      paragraphs: paragraphs)
  }
}
