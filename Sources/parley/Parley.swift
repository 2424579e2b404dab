#if canImport(Glibc)
import Glibc
#endif

import ArgumentParser
import ParleyUI

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read interviews in the terminal, and react to them.",
        discussion: "Without a subcommand, opens the library screen (a terminal is needed). See parley(1), or docs/usage.md and docs/keys.md in the source.",
        version: ParleyVersion.current,
        subcommands: [
            ListCommand.self,
            ShowCommand.self,
            ReactionsCommand.self,
            ReactCommand.self,
            ReadCommand.self,
            CheckCommand.self,
            ImportCommand.self,
            KeysCommand.self,
            SyncCommand.self,
            CloneCommand.self,
            MergeReactionsCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    /// `parley` and `parley read SLUG` open their screen without ArgumentParser's
    /// parse, a third of the start-up time (`QuickInvocation`); everything else goes through it.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // As fast as the screens: a script may ask for the version at every start.
        if arguments == ["--version"] || arguments == ["-V"] {
            Process.writeOut(ParleyVersion.current + "\n")
            return
        }
        let environment = Process.environment
        let isSecure = SecureMode.isOn(environment: environment)
        if isSecure, let command = SecureMode.refusedCommand(arguments) {
            SecureMode.refuse(command, ui: GlobalSettings(library: nil, lang: SecureMode.lang(arguments)).catalogue)
        }
        guard let quick = QuickInvocation(arguments, isValidLanguage: { Language(tag: $0) != nil }) else {
            do {
                var command = try parseAsRoot(arguments)
                try command.run()
            } catch {
                exitSanitised(error)
            }
            return
        }
        if isSecure, quick.library != nil {
            SecureMode.refuse("--library", ui: GlobalSettings(library: nil, lang: quick.lang).catalogue)
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
            exitSanitised(error)
        }
    }

    /// ArgumentParser's `exit(withError:)`, with every line of the message
    /// sanitised first: a usage error echoes what was typed, and a slug with
    /// an ESC in it must not reach the terminal as a control sequence.
    static func exitSanitised(_ error: Error) -> Never {
        let message = fullMessage(for: error)
        let code = exitCode(for: error)
        if !message.isEmpty {
            let clean = message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { Sanitizer.sanitizeLine(String($0)) }
                .joined(separator: "\n") + "\n"
            if code == .success { Process.writeOut(clean) } else { Process.writeError(clean) }
        }
        Glibc.exit(code.rawValue)
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
            // Read at the same time as the library's 1,000 files, not after them.
            let readingState = ReadingStateLoad.start(library: settings.libraryKey)
            let library = try ReadingStateLoad.alongside(readingState, ui: ui) { try settings.loadLibrary() }
            try ScreenRunner.run(ui: ui, library: settings.libraryKey, readingState: readingState) { size, appearance, reading in
                .complete(AppState(library: library, size: size, ui: ui, appearance: appearance, reading: reading))
            }
        }
    }
}
