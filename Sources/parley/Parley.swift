import ArgumentParser
import ParleyUI

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read interviews in the terminal, and react to them.",
        discussion: "Without a subcommand, opens the library screen (a terminal is needed). See docs/usage.md and docs/keys.md.",
        subcommands: [
            ListCommand.self,
            ShowCommand.self,
            ReactionsCommand.self,
            ReactCommand.self,
            ReadCommand.self,
            CheckCommand.self,
            ImportCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let ui = options.catalogue
            guard Process.standardInputIsTerminal, Process.standardOutputIsTerminal else {
                throw CommandFailure(ui.noTerminalForLibrary)
            }
            let library = try options.loadLibrary()
            try ScreenRunner.run(ui: ui) { size, appearance in
                AppState(library: library, size: size, ui: ui, appearance: appearance)
            }
        }
    }
}
