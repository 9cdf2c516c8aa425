import Foundation

/// Reads an RSS 2.0 or Atom 1.0 feed as one article per item or entry: title, link, date,
/// author, and the body from `content:encoded`, `content`, `description` or `summary` (HTML in
/// them becomes text). Broken items are skipped with a warning; the good ones are kept.
public enum FeedParser {
  /// The fields gathered for one item while scanning.
  struct Item {
    var fields: [String: String] = [:]
    var link: String?
  }

  static let bodyFields = ["content:encoded", "content", "description", "summary"]

  public static func parse(
    text: String, path: String
  ) throws(LoadProblem) -> (articles: [Article], warnings: [LoadProblem]) {
    let events = MarkupScanner(text, lowercaseNames: false).events()
    var articles: [Article] = []
    var warnings: [LoadProblem] = []
    var itemCount = 0
    var current: Item?
    var field: (name: String, depth: Int, value: String)?
    var depth = 0

    func finish(_ item: Item, index: Int) {
      if let article = article(from: item, path: path, index: index) {
        articles.append(article)
      } else {
        warnings.append(skipped(index, "no title or text", path))
      }
    }

    for event in events {
      switch event {
      case .start(let name, let attributes, let selfClosing):
        let local = localName(name)
        if local == "item" || local == "entry" {
          if current != nil { warnings.append(skipped(itemCount - 1, "not closed", path)) }
          current = Item()
          field = nil
          depth = 0
          itemCount += 1
          continue
        }
        guard current != nil else { continue }
        if var open = field {
          open.value += selfClosing ? "<\(name)/>" : "<\(name)>"
          field = open
          if !selfClosing { depth += 1 }
          continue
        }
        if local == "link", let href = attributes["href"] {
          let rel = attributes["rel"] ?? "alternate"
          if rel == "alternate" || current?.link == nil { current?.link = href }
        }
        if !selfClosing {
          depth += 1
          field = (name, depth, "")
        }
      case .end(let name):
        let local = localName(name)
        if local == "item" || local == "entry" {
          if let item = current { finish(item, index: itemCount - 1) }
          current = nil
          field = nil
          continue
        }
        guard current != nil else { continue }
        if let open = field {
          if depth == open.depth {
            store(open.name, open.value, in: &current)
            field = nil
          } else {
            field?.value += "</\(name)>"
          }
        }
        depth -= 1
      case .text(let raw):
        field?.value += MarkupEntities.decode(raw)
      case .cdata(let raw):
        field?.value += raw
      }
    }
    if current != nil {
      warnings.append(skipped(itemCount - 1, "cut off at the end of the feed", path))
    }
    guard !articles.isEmpty else {
      let message =
        itemCount == 0 ? "malformed feed: no items found" : "malformed feed: no readable items"
      throw LoadProblem(source: path, message: message)
    }
    return (articles, warnings)
  }

  static func store(_ name: String, _ value: String, in item: inout Item?) {
    let local = localName(name)
    switch local {
    case "link":
      if item?.link == nil, !value.trimmingWhitespace().isEmpty {
        item?.link = value.trimmingWhitespace()
      }
    default:
      let key = name == "content:encoded" ? name : local
      if item?.fields[key] == nil { item?.fields[key] = value }
    }
  }

  static func article(from item: Item, path: String, index: Int) -> Article? {
    let title = HTMLText.paragraphs(item.fields["title"] ?? "").joined(separator: " ")
    let bodyHTML = bodyFields.lazy.compactMap { item.fields[$0] }.first {
      !$0.trimmingWhitespace().isEmpty
    }
    let body = HTMLText.paragraphs(bodyHTML ?? "")
    guard !title.isEmpty || !body.isEmpty else { return nil }
    let date = ["pubDate", "published", "updated", "date"].lazy.compactMap {
      item.fields[$0].flatMap(FeedDate.parse)
    }.first
    let author = (item.fields["creator"] ?? item.fields["author"]).map {
      HTMLText.paragraphs($0).joined(separator: " ")
    }
    return ArticleBuilder.build(
      path: path, item: index, title: title.isEmpty ? body[0] : title, date: date,
      link: item.link, author: author, body: body)
  }

  static func localName(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }

  static func skipped(_ index: Int, _ why: String, _ path: String) -> LoadProblem {
    LoadProblem(source: path, message: "item \(index + 1) skipped: \(why)")
  }
}
