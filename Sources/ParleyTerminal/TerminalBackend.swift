import CNCursesW
import ParleyUI

/// The painter's backend in the terminal: `AnsiScreen` writes the bytes
/// itself when the terminal's description says it speaks ECMA-48 (as
/// xterm, tmux, screen and the Linux console do), which costs less on the
/// wire than ncurses' update (docs/performance.md); any other terminal is
/// painted by ncurses (`CursesBackend`). ncurses keeps the terminal's
/// modes, input, and clearing the screen in both cases.
struct TerminalBackend: PaintBackend {
    private let session: TerminalSession
    private var curses: CursesBackend
    private var ansi: AnsiScreen?

    init(session: TerminalSession) {
        self.session = session
        curses = CursesBackend(appearance: session.appearance)
        ansi = session.ansiFeatures.map { AnsiScreen(size: session.size, features: $0) }
    }

    func libraryWidth(of scalar: Unicode.Scalar) -> Int {
        curses.libraryWidth(of: scalar)
    }

    mutating func prepare(size: GridSize) {
        ansi?.prepare(size: size)
    }

    mutating func put(_ character: String, row: Int, column: Int, style: CellStyle) {
        guard ansi != nil else { return curses.put(character, row: row, column: column, style: style) }
        // ASCII is one column (or, not printable, taken as one below): no library call for most cells.
        var width = 1
        if let lead = character.utf8.first, lead >= 0x80, let first = character.unicodeScalars.first { width = libraryWidth(of: first) }
        ansi?.put(character, width: max(1, width), row: row, column: column, style: style)
    }

    mutating func setCursorVisible(_ visible: Bool) {
        guard ansi != nil else { return curses.setCursorVisible(visible) }
        if !visible { ansi?.setCursor(nil) }
    }

    mutating func moveCursor(to point: GridPoint) {
        guard ansi != nil else { return curses.moveCursor(to: point) }
        ansi?.setCursor(point)
    }

    /// Shows what was painted: ncurses' update first (it clears the screen
    /// when asked to repaint it), then the bytes that make the difference.
    mutating func present() {
        let cleared = session.present()
        guard var screen = ansi else { return }
        if cleared { screen.cleared() }
        session.write(screen.render())
        ansi = screen
    }
}

/// Whether the terminal's description (terminfo) gives the ECMA-48
/// sequences `AnsiScreen` writes: it writes them only where they are the
/// terminal's own. Padding (`$<5>`), a missing capability or a different
/// sequence leaves the painting to ncurses.
enum AnsiCapabilities {
    static func features(colour: Bool) -> AnsiScreen.Features? {
        func string(_ name: String) -> String? {
            parley_string_capability(name).map { String(cString: $0) }
        }
        let required = [("cup", "\u{1B}[%i%p1%d;%p2%dH"), ("el", "\u{1B}[K"), ("il1", "\u{1B}[L"), ("dl1", "\u{1B}[M"),
                        ("il", "\u{1B}[%p1%dL"), ("dl", "\u{1B}[%p1%dM")]
        guard required.allSatisfy({ string($0.0) == $0.1 }) else { return nil }
        // Writing in the last column must leave the cursor on that row (xenl), or not wrap at all.
        guard parley_flag_capability("am") == 0 || parley_flag_capability("xenl") == 1 else { return nil }
        guard let show = string("cnorm"), let hide = string("civis"), !show.contains("$<"), !hide.contains("$<") else { return nil }
        var attributes: CellAttributes = []
        let named: [(String, String, CellAttributes)] = [("bold", "1", .bold), ("dim", "2", .dim), ("sitm", "3", .italic),
                                                         ("smul", "4", .underline), ("rev", "7", .reverse)]
        for (name, code, attribute) in named {
            guard let value = string(name) else { continue }
            guard value == "\u{1B}[\(code)m" else { return nil }
            attributes.insert(attribute)
        }
        if colour {
            guard string("op") == "\u{1B}[39;49m", let setaf = string("setaf"), let setab = string("setab") else { return nil }
            for number in 0 ..< 8 {
                let foreground = setaf.withCString { parley_capability_with($0, Int32(number)) }.map { String(cString: $0) }
                let background = setab.withCString { parley_capability_with($0, Int32(number)) }.map { String(cString: $0) }
                guard foreground == "\u{1B}[3\(number)m", background == "\u{1B}[4\(number)m" else { return nil }
            }
        }
        return AnsiScreen.Features(attributes: attributes, colour: colour, showCursor: Array(show.utf8), hideCursor: Array(hide.utf8))
    }
}
