import Foundation
import Model

/// One freshly analysed article on its way into the cache: its content key, the encoded
/// analysis, and the words the search index needs.
struct CachedDocument: Sendable {
  var hash: String
  var analysis: Data
  var title: String
  var text: String

  init(hash: String, analysis: Data, article: Article) {
    self.hash = hash
    self.analysis = analysis
    title = article.title
    text = article.text
  }
}
