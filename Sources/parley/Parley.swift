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
            KeysCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    /// `parley` and `parley read SLUG` open their screen without ArgumentParser's
    /// parse, a third of the start-up time (`QuickInvocation`); everything else goes through it.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let quick = QuickInvocation(arguments, isValidLanguage: { Language(tag: $0) != nil }) else {
            main(nil)
            return
        }
        do {
            let settings = GlobalSettings(library: quick.library, lang: quick.lang)
            if let slug = quick.slug {
                try ReadCommand.read(slug: slug, settings: settings)
            } else {
                try openLibrary(settings: settings)
            }
        } catch {
            // As ArgumentParser reports an error thrown by `run`, so both ways print the same.
            exit(withError: error)
        }
    }

    func run() throws {
        try Self.openLibrary(settings: options.settings)
    }

    /// The library screen.
    static func openLibrary(settings: GlobalSettings) throws {
        try reportingCommandFailures {
            let ui = settings.catalogue
            guard Process.standardInputIsTerminal, Process.standardOutputIsTerminal else {
                throw CommandFailure(ui.noTerminalForLibrary)
            }
            let library = try settings.loadLibrary()
            try ScreenRunner.run(ui: ui, library: settings.libraryKey) { size, appearance, reading in
                AppState(library: library, size: size, ui: ui, appearance: appearance, reading: reading)
            }
        }
    }
}
