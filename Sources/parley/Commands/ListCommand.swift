import ArgumentParser
import ParleyKit
import ParleyUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of the library."
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print a JSON array of {slug, title, interviewee, questions, reactions, new, read}.")
    var json = false

    init() {}

    init(options: GlobalOptions, json: Bool) {
        self.options = options
        self.json = json
    }

    func run() throws {
        try reportingFailures {
            // Read at the same time as the library's files, not after them.
            let readingState = json ? ReadingStateLoad.start(library: options.settings.libraryKey) : nil
            let library = try ReadingStateLoad.alongside(readingState, ui: options.catalogue) { try options.loadLibrary() }
            if json {
                let reading = loadedReadingState(readingState)
                Process.writeOut(JSONWriter.pretty(.array(library.entries.map { entry in
                    var object = ArticleJSON.listEntry(entry, explain: options.catalogue.message)
                    object["new"] = JSONValue(reading.newReactionCount(slug: entry.slug, reactions: entry.reactions.document?.reactions ?? []))
                    object["read"] = .bool(reading.wasOpened(slug: entry.slug))
                    return .object(object)
                })))
            } else {
                Process.writeOut(table(library.entries))
            }
            for problem in library.problems {
                Process.writeError("parley: " + Sanitizer.sanitizeLine(options.catalogue.message(problem)) + "\n")
            }
            // A reactions file that cannot be read is never "no reactions".
            let unreadable = library.entries.compactMap(\.reactions.error)
            for error in unreadable {
                Process.writeError("parley: " + Sanitizer.sanitizeLine(options.catalogue.reactionsCannotBeRead(error)) + "\n")
            }
            if !library.problems.isEmpty || !unreadable.isEmpty { throw ExitCode(1) }
        }
    }

    /// This reader's state of the library (empty with `PARLEY_STATE=off`);
    /// a notice about it goes to stderr.
    private func loadedReadingState(_ load: ReadingStateLoad?) -> LibraryReadingState {
        guard let (session, notice) = load?.wait() else { return LibraryReadingState(library: options.settings.libraryKey.path) }
        ReadingStateLoad.report(notice, ui: options.catalogue)
        return session.state
    }

    private func table(_ entries: [ListedArticle]) -> String {
        let ui = options.catalogue
        if entries.isEmpty { return ui.emptyLibrary + "\n" }
        let rows = entries.map { entry in
            [
                entry.slug,
                entry.title,
                entry.metadata.interviewee ?? "",
                ui.questionCount(entry.questionCount),
                ui.reactionsColumn(entry),
            ].map { Sanitizer.sanitizeLine($0) }
        }
        return TextTable.render(rows)
    }
}
