/// A text as an array of Unicode scalars, so that scalar offsets can be sliced in O(1).
public struct ScalarText: Sendable {
  public let scalars: [Unicode.Scalar]

  public init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  public var count: Int { scalars.count }

  /// The text between two scalar offsets, clamped to the text.
  public subscript(range: Range<Int>) -> String {
    let lower = min(max(range.lowerBound, 0), scalars.count)
    let upper = min(max(range.upperBound, lower), scalars.count)
    var utf8: [UInt8] = []
    utf8.reserveCapacity(upper - lower)
    for scalar in scalars[lower..<upper] {
      if scalar.isASCII {
        utf8.append(UInt8(scalar.value))
      } else if let encoded = UTF8.encode(scalar) {
        utf8.append(contentsOf: encoded)
      }
    }
    return String(decoding: utf8, as: UTF8.self)
  }
}
