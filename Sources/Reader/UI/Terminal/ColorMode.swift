/// How inks reach the screen: a 256-colour palette, the 8 basic colours, or attributes only
/// (with `NO_COLOR` set or `--no-color`).
enum ColorMode: Equatable, Sendable {
  case palette256
  case basic8
  case monochrome

  /// The terminal colour of an ink, or nil for the default colour.
  func color(of ink: Ink) -> Int16? {
    switch (self, ink) {
    case (_, .plain), (.monochrome, _): return nil
    case (.palette256, .person): return 75
    case (.palette256, .organisation): return 214
    case (.palette256, .place): return 114
    case (.palette256, .group): return 176
    case (.palette256, .accent): return 220
    case (.palette256, .muted): return 245
    case (.palette256, .warning): return 203
    case (.basic8, .person): return 6
    case (.basic8, .organisation): return 3
    case (.basic8, .place): return 2
    case (.basic8, .group): return 5
    case (.basic8, .accent): return 3
    case (.basic8, .muted): return nil
    case (.basic8, .warning): return 1
    }
  }

  /// The style actually shown: without colour, inks become bold or underline and only bold,
  /// underline and reverse remain; with 8 colours, muted text is dim.
  func shown(_ style: CellStyle) -> CellStyle {
    var shown = style
    switch self {
    case .palette256:
      break
    case .basic8:
      if style.ink == .muted { shown.dim = true }
    case .monochrome:
      shown.ink = .plain
      shown.dim = false
      shown.italic = false
      switch style.ink {
      case .person, .organisation, .place, .group: shown.underline = true
      case .accent, .warning: shown.bold = true
      case .plain, .muted: break
      }
    }
    return shown
  }
}
