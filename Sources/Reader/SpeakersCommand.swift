import ArgumentParser
import Foundation
import Model

/// `reader speakers`: every speaker of the corpus, merged across articles, most quoted first.
struct SpeakersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "List the speakers quoted in the sources, most quoted first."
  )

  @OptionGroup var sources: SourceArguments

  @Flag(help: "Write a JSON array (name, aliases, type, role, quotes, articles, unnamed).")
  var json = false

  func run() async throws {
    let (corpus, hadProblems) = try await sources.loadCorpus()
    let speakers = corpus.speakers.speakers
    var output = OutputBuffer()
    output.write(Data((json ? try Self.json(speakers) : Self.table(speakers)).utf8))
    output.flush()
    if hadProblems { throw ExitCode(1) }
  }

  /// One object per speaker, every key present, `null` when unknown.
  static func json(_ speakers: [CorpusSpeaker]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(speakers.map(SpeakerRecord.init))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A table with a header row: name (unnamed speakers marked), role, quotes, articles.
  static func table(_ speakers: [CorpusSpeaker]) -> String {
    let rows =
      [["NAME", "ROLE", "QUOTES", "ARTICLES"]]
      + speakers.map { speaker in
        [
          speaker.isUnnamed ? speaker.name + " (unnamed)" : speaker.name, speaker.role ?? "—",
          String(speaker.quoteCount), String(speaker.articleCount),
        ]
      }
    return SpeakersTable(rows: rows, rightAligned: [2, 3]).render()
  }
}

/// One speaker as `reader speakers --json` writes it.
struct SpeakerRecord: Encodable {
  let speaker: CorpusSpeaker

  enum CodingKeys: String, CodingKey {
    case name, aliases, type, role, quotes, articles, unnamed
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(speaker.name, forKey: .name)
    try c.encode(speaker.aliases, forKey: .aliases)
    try c.encode(speaker.type, forKey: .type)
    try c.encode(speaker.role, forKey: .role)
    try c.encode(speaker.quoteCount, forKey: .quotes)
    try c.encode(speaker.articleCount, forKey: .articles)
    try c.encode(speaker.isUnnamed, forKey: .unnamed)
  }
}
