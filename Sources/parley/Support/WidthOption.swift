import ArgumentParser

/// `--width N` for the commands that print laid-out text.
struct WidthOption: ParsableArguments {
    @Option(help: ArgumentHelp("Wrap lines to this many columns (default: the terminal's, at most 80; else 80).", valueName: "n"))
    var width: Int?

    /// The readable measure: wider lines are hard to follow.
    static let readableWidth = 80

    func validate() throws {
        if let width, !(1...10_000).contains(width) {
            throw ValidationError("--width must be between 1 and 10000, not \(width)")
        }
    }

    /// The terminal's width at most the readable measure; that measure when stdout is not a terminal.
    static var terminalDefault: Int {
        min(Process.terminalColumns ?? readableWidth, readableWidth)
    }

    /// The width asked for, else `terminalDefault`.
    var resolved: Int { width ?? Self.terminalDefault }
}
