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

    @Argument(help: "The article's name, as `parley list` shows it.")
    var slug: String

    func run() throws {
        try reportingFailures {
            let entry = try options.loadEntry(slug: slug)
            let ui = options.catalogue
            guard Process.standardOutputIsTerminal else {
                Process.writeOut(ShowCommand.plainText(entry, width: WidthOption.terminalDefault, ui: ui))
                return
            }
            try ScreenRunner.run(ui: ui) { size, appearance in
                AppState(entry: entry, size: size, ui: ui, appearance: appearance)
            }
        }
    }
}
