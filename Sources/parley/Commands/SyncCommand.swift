import ArgumentParser
import ParleyKit
import ParleySync
import ParleyUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send this library's new reactions and get everyone else's, over git.",
        discussion: """
            The library must be in a git work tree whose branch has an upstream. Commits what \
            changed in the library, fetches and merges the upstream (reactions files are merged \
            by id and never conflict), and pushes. Exit status 75 when the server cannot be \
            reached (the commit stays here) or another sync is running. See docs/sync.md.
            """
    )

    /// EX_TEMPFAIL: try again later.
    static let temporaryFailure: Int32 = 75

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print what happened as one JSON object.")
    var json = false

    func run() throws {
        let ui = options.catalogue
        let settings = Sync.Options(
            folder: options.location.path,
            environment: Process.environment,
            // git and ssh may ask for a password only on a terminal a person is at.
            prompts: Process.standardInputIsTerminal && Process.isTerminal(STDERR_FILENO),
            program: Process.executablePath
        )
        let report: SyncReport
        do {
            report = try Sync.run(settings)
        } catch {
            Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.syncError(error)) + "\n")
            if case .alreadyRunning = error { throw ExitCode(Self.temporaryFailure) }
            throw ExitCode(1)
        }
        if json {
            Process.writeOut(JSONWriter.pretty(SyncJSON.object(report)))
        } else {
            var text = ""
            for file in report.recovered { text += Sanitizer.sanitizeLine(ui.syncRecovered(file)) + "\n" }
            for article in report.articles {
                text += Sanitizer.sanitizeLine(ui.syncArticleLine(article, offline: report.outcome == .offline)) + "\n"
            }
            text += Sanitizer.sanitizeLine(ui.syncSummary(report)) + "\n"
            // The offline line is news for a script's log too, but it is not an error.
            Process.writeOut(text)
        }
        if report.outcome == .offline { throw ExitCode(Self.temporaryFailure) }
    }
}

/// `parley sync --json`: one object (docs/usage.md).
enum SyncJSON {
    static func object(_ report: SyncReport) -> JSONValue {
        let articles: [JSONValue] = report.articles.map { article in
            .object(JSONObject([
                ("slug", .string(article.slug)),
                ("sent", JSONValue(article.sent)),
                ("received", JSONValue(article.received)),
                ("added", .bool(article.added)),
                ("published", .bool(article.published)),
            ]))
        }
        return .object(JSONObject([
            ("status", .string(report.outcome == .offline ? "offline" : "synced")),
            ("upstream", .string(report.upstream)),
            ("sent", JSONValue(report.sent)),
            ("received", JSONValue(report.received)),
            ("articlesAdded", JSONValue(report.articlesAdded)),
            ("articles", .array(articles)),
            ("recovered", .array(report.recovered.map(JSONValue.string))),
        ]))
    }
}
