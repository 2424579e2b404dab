import ArgumentParser
import ParleyKit
import ParleyUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article and its reactions as plain text (or JSON)."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article's name, as `parley list` shows it.")
    var slug: String

    @Option(help: ArgumentHelp("Wrap lines to this many columns (default: the terminal's, at most 80; else 80).", valueName: "n"))
    var width: Int?

    @Flag(help: "Print the parsed article as one JSON object (docs/usage.md).")
    var json = false

    func validate() throws {
        if let width, !(1...10_000).contains(width) {
            throw ValidationError("--width must be between 1 and 10000, not \(width)")
        }
    }

    func run() throws {
        try reportingFailures {
            let entry = try options.loadEntry(slug: slug)
            if json {
                Process.writeOut(JSONWriter.pretty(.object(ArticleJSON.show(entry.article, reactions: entry.reactions))))
                return
            }
            Process.writeOut(Self.plainText(entry, width: width ?? Self.defaultWidth, ui: options.catalogue))
        }
    }

    /// The readable measure: wider lines are hard to follow.
    static let readableWidth = 80

    static var defaultWidth: Int {
        min(Process.terminalColumns ?? readableWidth, readableWidth)
    }

    static func plainText(_ entry: LibraryEntry, width: Int, ui: Catalogue) -> String {
        let layout = ArticleLayout(article: entry.article, reactions: entry.reactions, width: width, options: LayoutOptions(glyphs: .ascii, ui: ui))
        return PlainTextRenderer.render(layout)
    }
}
