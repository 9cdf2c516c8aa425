/// What `reader bench` measures at one corpus size; nil where a figure cannot be measured
/// (printed as null). Times in the units their names give.
struct BenchFigures: Sendable, Encodable {
  var articles: Int
  var bytes: Int
  var extractMBPerSecondOneCore: Double?
  var extractMBPerSecondAllCores: Double?
  var coldOpenSeconds: Double?
  var warmOpenSeconds: Double?
  var warmFirstFrameMilliseconds: Double?
  var filterMilliseconds: Percentiles?
  var searchMilliseconds: Percentiles?
  var keyMilliseconds: Percentiles?
  var peakRSSMegabytes: Double?

  enum CodingKeys: String, CodingKey {
    case articles, bytes
    case extractMBPerSecondOneCore = "extract_mb_s_1core"
    case extractMBPerSecondAllCores = "extract_mb_s_all"
    case coldOpenSeconds = "cold_open_s"
    case warmOpenSeconds = "warm_open_s"
    case warmFirstFrameMilliseconds = "warm_first_frame_ms"
    case filterP50 = "filter_ms_p50"
    case filterP99 = "filter_ms_p99"
    case searchP50 = "search_ms_p50"
    case searchP99 = "search_ms_p99"
    case keyP99 = "key_ms_p99"
    case peakRSSMegabytes = "peak_rss_mb"
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(articles, forKey: .articles)
    try c.encode(bytes, forKey: .bytes)
    try c.encode(extractMBPerSecondOneCore, forKey: .extractMBPerSecondOneCore)
    try c.encode(extractMBPerSecondAllCores, forKey: .extractMBPerSecondAllCores)
    try c.encode(coldOpenSeconds, forKey: .coldOpenSeconds)
    try c.encode(warmOpenSeconds, forKey: .warmOpenSeconds)
    try c.encode(warmFirstFrameMilliseconds, forKey: .warmFirstFrameMilliseconds)
    try c.encode(filterMilliseconds?.p50, forKey: .filterP50)
    try c.encode(filterMilliseconds?.p99, forKey: .filterP99)
    try c.encode(searchMilliseconds?.p50, forKey: .searchP50)
    try c.encode(searchMilliseconds?.p99, forKey: .searchP99)
    try c.encode(keyMilliseconds?.p99, forKey: .keyP99)
    try c.encode(peakRSSMegabytes, forKey: .peakRSSMegabytes)
  }
}
