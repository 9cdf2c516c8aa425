import CNcurses
import Foundation

/// The only owner of ncurses: starts the screen (UTF-8 locale, colours, mouse), decodes input
/// into keys, blits cell buffers, and restores the terminal. Use from one thread only.
final class Terminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  let colorMode: ColorMode
  private var shown: CellBuffer?
  private var restored = false

  /// Starts curses on the process's terminal (or on the given terminal type and streams, for
  /// a headless screen), or returns nil when it cannot.
  init?(
    noColor: Bool, type: String? = nil, output: UnsafeMutablePointer<FILE>? = nil,
    input: UnsafeMutablePointer<FILE>? = nil
  ) {
    Self.useUTF8Locale()
    guard let output = output ?? cn_stdout(), let input = input ?? cn_stdin(),
      let screen = newterm(type, output, input)
    else { return nil }
    self.screen = screen
    _ = set_term(screen)
    guard let window = cn_stdscr() else { return nil }
    self.window = window
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    _ = curs_set(0)
    mouseinterval(0)
    mousemask(cn_reader_mouse_mask(), nil)
    if noColor || !has_colors() {
      colorMode = .monochrome
    } else {
      start_color()
      use_default_colors()
      colorMode = cn_colors() >= 256 ? .palette256 : .basic8
      for ink in Ink.allCases {
        init_pair(Int16(ink.rawValue + 1), colorMode.color(of: ink) ?? -1, -1)
      }
    }
    cn_install_crash_handlers()
  }

  deinit { restore() }

  /// The text curses holds for a row of the screen (what was last blitted there).
  func row(_ y: Int) -> String {
    var text = [wchar_t](repeating: 0, count: size.width * 4 + 1)
    mvwinnwstr(window, Int32(y), 0, &text, Int32(text.count - 1))
    let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    return String(String.UnicodeScalarView(scalars))
  }

  var size: (width: Int, height: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Leaves curses and gives the terminal back as it was. Safe to call more than once.
  func restore() {
    guard !restored else { return }
    restored = true
    endwin()
    delscreen(screen)
  }

  /// Waits up to `milliseconds` for input. Returns nil when there was none or the input has
  /// closed (`isClosed` then says so). A resize arrives as a key, also when the signal went
  /// to another thread: curses notices it on the next call.
  func readKey(milliseconds: Int32) -> Key? {
    wtimeout(window, milliseconds)
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    if result == OK { return InputDecoder.character(UInt32(character)) }
    if result == KEY_CODE_YES { return decodeFunctionKey(Int32(character)) }
    var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    if poll(&input, 1, 0) >= 0, input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
      isClosed = true
    }
    return nil
  }

  private(set) var isClosed = false

  private func decodeFunctionKey(_ code: Int32) -> Key? {
    if code == KEY_RESIZE { return .resize(width: size.width, height: size.height) }
    if code == KEY_MOUSE {
      var event = MEVENT()
      guard getmouse(&event) == OK else { return nil }
      return InputDecoder.mouse(
        x: Int(event.x), y: Int(event.y), buttons: UInt(event.bstate),
        press: UInt(cn_button1_pressed() | cn_button1_clicked()),
        wheelUp: UInt(cn_button4_pressed()), wheelDown: UInt(cn_button5_pressed()))
    }
    return InputDecoder.functionKey(code)
  }

  /// Draws a buffer, sending only the cells that changed since the last one.
  func draw(_ buffer: CellBuffer, fullRedraw: Bool) {
    let previous = fullRedraw ? nil : shown
    if previous?.width != buffer.width || previous?.height != buffer.height || fullRedraw {
      werase(window)
      if fullRedraw { clearok(window, true) }
    }
    let sameSize = previous?.width == buffer.width && previous?.height == buffer.height
    for y in 0..<buffer.height {
      for x in 0..<buffer.width {
        let cell = buffer[x, y]
        if cell.width == 0 { continue }
        if sameSize, let previous, previous[x, y] == cell { continue }
        put(cell, x: x, y: y)
      }
    }
    shown = buffer
    wnoutrefresh(window)
    doupdate()
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    let style = colorMode.shown(cell.style)
    var attributes = cn_a_normal()
    if style.bold { attributes |= cn_a_bold() }
    if style.dim { attributes |= cn_a_dim() }
    if style.italic { attributes |= cn_a_italic() }
    if style.underline { attributes |= cn_a_underline() }
    if style.reverse { attributes |= cn_a_reverse() }
    let pair = style.ink == .plain || colorMode == .monochrome ? 0 : Int16(style.ink.rawValue + 1)
    cn_set_style(window, attributes, pair)
    var wide = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    wide.append(0)
    mvwaddwstr(window, Int32(y), Int32(x), wide)
  }

  /// Sets the locale from the environment, falling back to C.UTF-8 when it is not UTF-8, so
  /// curses reads and writes wide characters.
  private static func useUTF8Locale() {
    setlocale(LC_ALL, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
    if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_CTYPE, "C.UTF-8") }
  }
}
