import ArgumentParser
import ParleyKit
import ParleyUI

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read an article full-screen (keys: docs/keys.md; ? shows them).",
        discussion: "When standard output is not a terminal, prints what `parley show` prints."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article's name, as `parley list` shows it.", completion: SlugCompletion.kind)
    var slug: String

    @Flag(help: "Start at the top, not where you stopped reading last time.")
    var top = false

    func run() throws {
        try Self.read(slug: slug, settings: options.settings, top: top)
    }

    /// The whole command, without ArgumentParser's values (`QuickInvocation` calls it too).
    static func read(slug: String, settings: GlobalSettings, top: Bool = false) throws {
        try reportingCommandFailures {
            // Opened, not loaded: the reader parses and lays out only what it
            // shows, and of a long article reads first only its beginning.
            let opening = try settings.openArticle(slug: slug)
            let ui = settings.catalogue
            guard Process.standardOutputIsTerminal else {
                var entry = try settings.whole(opening)
                Process.writeOut(ShowCommand.plainText(entry.loaded(), width: WidthOption.terminalDefault, ui: ui))
                return
            }
            try ScreenRunner.run(ui: ui, library: settings.libraryKey, startAtTop: top) { size, appearance, reading in
                func state(_ entry: OpenedEntry) -> AppState {
                    AppState(entry: entry, size: size, ui: ui, appearance: appearance, reading: reading)
                }
                let whole = { state(try settings.whole(opening)) }
                // The first screen from the beginning only when it is the whole's first screen.
                guard case .beginning(let entry, _) = opening else { return .complete(try whole()) }
                let first = state(entry)
                return first.showsOnlyQuestionsLaidOut ? .beginning(first, whole: whole) : .complete(try whole())
            }
        }
    }
}
