import Foundation

/// Renders a selection as text, markdown or JSON. The output depends only on the selection,
/// the options and the given export time, so it can be compared with snapshot files.
public enum Exporter {
  public static func render(
    _ selection: Selection, of corpus: Corpus, format: ExportFormat, withText: Bool = false,
    exportedAt date: Date
  ) -> String {
    let document = ExportDocument(
      selection: selection, speakers: corpus.speakers, withText: withText, exportedAt: date)
    switch format {
    case .text: return TextExport.render(document)
    case .markdown: return MarkdownExport.render(document)
    case .json: return JSONExport.render(document)
    }
  }

  /// The default file name for an export made at `date`: "reader-export-20261123-101500.txt".
  public static func defaultFileName(format: ExportFormat, at date: Date) -> String {
    let utc = Calendar(identifier: .gregorian).dateComponents(
      in: TimeZone(identifier: "UTC") ?? .current, from: date)
    let stamp = String(
      format: "%04d%02d%02d-%02d%02d%02d", utc.year ?? 0, utc.month ?? 0, utc.day ?? 0,
      utc.hour ?? 0, utc.minute ?? 0, utc.second ?? 0)
    return "reader-export-\(stamp).\(format.fileExtension)"
  }
}
