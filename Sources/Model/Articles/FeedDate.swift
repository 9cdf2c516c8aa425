import Foundation

/// Parses the dates feeds carry: RFC 822 (RSS `pubDate`) and ISO 8601 (Atom `updated`).
enum FeedDate {
  static func parse(_ raw: String) -> Date? {
    let text = raw.trimmingWhitespace()
    let head = Array(text.unicodeScalars.prefix(5))
    if head.count == 5, head[0..<4].allSatisfy({ ("0"..."9").contains($0) }), head[4] == "-" {
      return iso8601(text)
    }
    return rfc822(text)
  }

  static func iso8601(_ text: String) -> Date? {
    let styles: [Date.ISO8601FormatStyle] = [
      .iso8601, Date.ISO8601FormatStyle(includingFractionalSeconds: true),
      Date.ISO8601FormatStyle().year().month().day(),
    ]
    for style in styles {
      if let date = try? style.parse(text) { return date }
    }
    return nil
  }

  static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  static let zones: [String: Int] = [
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
    "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
  ]

  /// "Tue, 10 Jun 2003 04:00:00 GMT" or "+0200" zones; the weekday and seconds are optional.
  static func rfc822(_ text: String) -> Date? {
    var parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    if let first = parts.first, Int(first) == nil { parts.removeFirst() }
    guard parts.count >= 4, let day = Int(parts[0]),
      let month = months.firstIndex(of: String(parts[1].lowercased().prefix(3))),
      var year = Int(parts[2])
    else { return nil }
    if year < 100 { year += year < 50 ? 2000 : 1900 }
    let clock = parts[3].split(separator: ":").compactMap { Int($0) }
    guard clock.count >= 2 else { return nil }
    var components = DateComponents()
    components.year = year
    components.month = month + 1
    components.day = day
    components.hour = clock[0]
    components.minute = clock[1]
    components.second = clock.count > 2 ? clock[2] : 0
    components.timeZone = TimeZone(secondsFromGMT: zoneOffset(parts.count > 4 ? parts[4] : "GMT"))
    return Calendar(identifier: .gregorian).date(from: components)
  }

  static func zoneOffset(_ zone: String) -> Int {
    if let hours = zones[zone.lowercased()] { return hours * 3600 }
    guard zone.count == 5, let sign = zone.first, sign == "+" || sign == "-",
      let value = Int(zone.dropFirst())
    else { return 0 }
    let seconds = (value / 100) * 3600 + (value % 100) * 60
    return sign == "-" ? -seconds : seconds
  }
}
