/// What the user has recorded about one article: read or not, marked or not.
struct ArticleFlags: Sendable, Hashable {
  var read = false
  var marked = false
}
