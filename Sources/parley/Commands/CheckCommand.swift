import ArgumentParser
import ParleyKit
import ParleyUI

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every article and reactions file of the library; one line per problem."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let folder = options.location.path
            let library = try options.loadLibrary()
            let names: [String]
            do {
                names = try FileSystem.contentsOfDirectory(folder)
            } catch let error as FileSystemError {
                throw CommandFailure(options.catalogue.message(error))
            }
            let report = LibraryCheck.run(library: library, fileNames: names)
            for problem in report.problems {
                Process.writeError(Sanitizer.sanitizeLine(options.catalogue.message(problem)) + "\n")
            }
            Process.writeOut(options.catalogue.checkSummary(articles: report.articles, reactionFiles: report.reactionFiles, problems: report.problems.count) + "\n")
            if !report.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
