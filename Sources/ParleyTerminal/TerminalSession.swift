import CNCursesW
import Glibc
import ParleyUI

/// All of ncurses' setup and teardown, in one place (as htop's CRT.c):
/// locale, terminal checks, input modes, colours, mouse, bracketed paste,
/// and putting every one of them back.
///
/// ncurses is used from the main thread only.
public final class TerminalSession {
    public let appearance: Appearance
    /// Set when parley writes the screen's bytes itself (`TerminalBackend`).
    let ansiFeatures: AnsiScreen.Features?
    private let screen: OpaquePointer
    private let outputDescriptor: Int32
    let inputDescriptor: Int32
    private var active = true
    private var pasteEnabled = false
    /// The next `present` makes ncurses clear and repaint the whole screen
    /// (its first update does).
    private var repaintPending = true

    /// The milliseconds ncurses waits after Esc for the rest of a sequence,
    /// unless the user set ESCDELAY (ncurses' default of a second feels broken).
    static let escapeDelay: Int32 = 25

    private init(appearance: Appearance, ansiFeatures: AnsiScreen.Features?, screen: OpaquePointer, output: Int32, input: Int32) {
        self.appearance = appearance
        self.ansiFeatures = ansiFeatures
        self.screen = screen
        outputDescriptor = output
        inputDescriptor = input
    }

    /// Opens the screen on standard output, reading keys from standard input
    /// (or /dev/tty when standard input is a file or pipe). The caller has
    /// checked that standard output is a terminal.
    public static func start(environment: [String: String]) throws(TerminalError) -> TerminalSession {
        let unicode = TerminalLocale.prepare()
        guard let name = environment["TERM"], !name.isEmpty else { throw .termNotSet }
        if name == "dumb" { throw .incapableTerminal(name) }

        let input: Int32
        if isatty(STDIN_FILENO) == 1 {
            input = STDIN_FILENO
        } else {
            input = open("/dev/tty", O_RDWR | O_CLOEXEC)
            guard input >= 0 else { throw .noKeyboard(String(cString: strerror(errno))) }
        }
        guard let outputFile = fdopen(STDOUT_FILENO, "w"), let inputFile = fdopen(input, "r") else {
            throw .noKeyboard(String(cString: strerror(errno)))
        }

        // Before newterm: ncurses leaves signals alone that already have a handler.
        SignalFlags.install(terminalDescriptor: STDOUT_FILENO)
        guard let screen = newterm(name, outputFile, inputFile) else {
            SignalFlags.uninstall()
            throw .unknownTerminal(name)
        }
        set_term(screen)
        guard parley_has_string_capability("cup") != 0 else {
            endwin()
            delscreen(screen)
            SignalFlags.uninstall()
            throw .incapableTerminal(name)
        }

        // raw, not cbreak: Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q reach the app as keys.
        raw()
        noecho()
        keypad(parley_stdscr(), true)
        intrflush(parley_stdscr(), false)
        if environment["ESCDELAY"] == nil { set_escdelay(escapeDelay) }
        // Let ncurses scroll with insert/delete line: one line down costs one line of output.
        idlok(parley_stdscr(), true)
        _ = curs_set(0)

        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        var colour = false
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            colour = true
        }
        _ = mousemask(parley_wheel_mask(), nil)
        _ = mouseinterval(0)
        let ansi = AnsiCapabilities.features(colour: colour)
        // parley places the cursor itself then: ncurses' updates leave it alone.
        if ansi != nil { leaveok(parley_stdscr(), true) }
        return TerminalSession(appearance: Appearance(unicode: unicode, colour: colour), ansiFeatures: ansi,
                               screen: screen, output: STDOUT_FILENO, input: input)
    }

    /// The screen's size now.
    public var size: GridSize {
        GridSize(width: Int(parley_columns()), height: Int(parley_rows()))
    }

    /// Shows what was drawn since the last call. Returns whether ncurses
    /// cleared and repainted the whole screen (the first time, and after
    /// `invalidate`).
    @discardableResult
    func present() -> Bool {
        let cleared = repaintPending
        repaintPending = false
        wnoutrefresh(parley_stdscr())
        doupdate()
        if !pasteEnabled {
            // After the first update, so ncurses has flushed its own output.
            writeControl("\u{1B}[?2004h")
            pasteEnabled = true
        }
        return cleared
    }

    /// The next `present` repaints every cell.
    func invalidate() {
        clearok(parley_curscr(), true)
        repaintPending = true
    }

    /// Ctrl-Z or SIGTSTP: the shell gets its terminal back until `fg`.
    func suspend() {
        leaveScreen()
        SignalFlags.stopUntilContinued()
        // Continued: the next update re-enters program mode; repaint everything.
        invalidate()
    }

    /// Hands the terminal to another program (the editor), as for Ctrl-Z:
    /// bracketed paste off, cursor on, `endwin`.
    func handOver() {
        leaveScreen()
    }

    /// Takes the terminal back from the editor: the next `present`
    /// re-enters program mode and repaints every cell.
    func takeBack() {
        invalidate()
    }

    /// Restores the terminal: called on every way out.
    public func stop() {
        guard active else { return }
        active = false
        leaveScreen()
        delscreen(screen)
    }

    private func leaveScreen() {
        if pasteEnabled {
            writeControl("\u{1B}[?2004l")
            pasteEnabled = false
        }
        _ = curs_set(1)
        endwin()
    }

    private func writeControl(_ sequence: StaticString) {
        write(UnsafeBufferPointer(start: sequence.utf8Start, count: sequence.utf8CodeUnitCount))
    }

    /// Bytes straight to the terminal, after what ncurses has flushed.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(outputDescriptor, base + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
