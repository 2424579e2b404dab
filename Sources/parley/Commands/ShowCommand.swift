import ArgumentParser
import ParleyKit
import ParleyUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article and its reactions as plain text (or JSON)."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article's name, as `parley list` shows it.", completion: SlugCompletion.kind)
    var slug: String

    @OptionGroup var width: WidthOption

    @Flag(help: "Print the parsed article as one JSON object (docs/usage.md).")
    var json = false

    func run() throws {
        try reportingFailures {
            let entry = try options.loadEntry(slug: slug)
            if json {
                Process.writeOut(JSONWriter.pretty(.object(ArticleJSON.show(entry.article, reactions: entry.reactions, explain: options.catalogue.message))))
                return
            }
            Process.writeOut(Self.plainText(entry, width: width.resolved, ui: options.catalogue))
        }
    }

    static func plainText(_ entry: LibraryEntry, width: Int, ui: Catalogue) -> String {
        let layout = ArticleLayout(article: entry.article, reactions: entry.reactions, width: width, options: LayoutOptions(glyphs: .ascii, ui: ui))
        return PlainTextRenderer.render(layout)
    }
}
