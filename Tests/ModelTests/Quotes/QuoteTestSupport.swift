@testable import Model

/// Runs the quote finder on a plain text (blank lines separate paragraphs).
func findQuotes(_ text: String, entities: [Entity] = []) -> [Quote] {
  QuoteFinder.find(in: Document(text: text), entities: entities)
}

/// A person entity named by every occurrence of each of `forms` in `text`.
func person(
  _ id: String, _ name: String, role: String? = nil, forms: [String], in text: String
) -> Entity {
  let scalars = Array(text.unicodeScalars)
  var mentions: [Mention] = []
  for form in forms {
    let needle = Array(form.unicodeScalars)
    var start = 0
    while start + needle.count <= scalars.count {
      if Array(scalars[start..<start + needle.count]) == needle {
        mentions.append(Mention(start: start, end: start + needle.count, text: form))
        start += needle.count
      } else {
        start += 1
      }
    }
  }
  mentions.sort { $0.start < $1.start }
  return Entity(id: id, name: name, type: .person, role: role, mentions: mentions)
}

extension Quote {
  var speakerName: String? { speaker?.name }
}
