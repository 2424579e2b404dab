import ArgumentParser
import ParleyKit
import ParleyUI

struct ReactionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reactions",
        abstract: "Print the reactions to an article (or a JSON array of them)."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article's name, as `parley list` shows it.", completion: SlugCompletion.kind)
    var slug: String

    @OptionGroup var width: WidthOption

    @Flag(help: "Print a JSON array of the reactions, in posted order (docs/usage.md).")
    var json = false

    func run() throws {
        try reportingFailures {
            let entry = try options.loadEntry(slug: slug)
            if case .failed(let error) = entry.reactions {
                throw CommandFailure(options.catalogue.reactionsUnreadable(options.catalogue.message(error)))
            }
            if json {
                let reactions = entry.reactions.document?.reactionsInPostedOrder ?? []
                Process.writeOut(JSONWriter.pretty(ArticleJSON.reactions(reactions)))
                return
            }
            // The same lines `parley show` ends with, from the count line on.
            let layout = ArticleLayout(article: entry.article, reactions: entry.reactions, width: width.resolved,
                                       options: LayoutOptions(glyphs: .ascii, ui: options.catalogue))
            Process.writeOut(PlainTextRenderer.render(layout, from: layout.line(of: .reactions) ?? layout.lines.count))
        }
    }
}
