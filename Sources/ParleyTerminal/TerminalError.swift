import ParleyUI

/// Why the screen could not be opened. Each is one clear line on stderr
/// (the terminal is untouched when this is thrown).
public enum TerminalError: Error, Equatable {
    case termNotSet
    /// Not in the terminal database: ncurses' newterm gave NULL.
    case unknownTerminal(String)
    /// Known, but cannot address the cursor (TERM=dumb).
    case incapableTerminal(String)
    /// Standard input is not a terminal and /dev/tty cannot be opened.
    case noKeyboard(String)

    public func message(_ ui: Catalogue) -> String {
        switch self {
        case .termNotSet: ui.terminalNotSet
        case .unknownTerminal(let name): ui.unknownTerminal(Sanitizer.sanitizeLine(name))
        case .incapableTerminal(let name): ui.incapableTerminal(Sanitizer.sanitizeLine(name))
        case .noKeyboard(let reason): ui.noKeyboard(reason)
        }
    }
}
