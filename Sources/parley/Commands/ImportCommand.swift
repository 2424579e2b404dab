import ArgumentParser
import ParleyKit
import ParleyUI

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a plain-text interview into a library article (and its reactions).",
        discussion: "The rules it follows, and what to check afterwards, are in docs/import.md."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The text file, or - for standard input.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The article's name (default: from the title).", valueName: "slug"))
    var slug: String?

    @Option(help: ArgumentHelp("The title (default: the text's first line).", valueName: "title"))
    var title: String?

    @Option(help: ArgumentHelp("Who is interviewed (default: from speaker labels, if any).", valueName: "name"))
    var interviewee: String?

    @Option(help: ArgumentHelp("The article's language: nl or en (default: guessed from the text).", valueName: "lang"))
    var language: String?

    @Flag(help: "Show what would be imported; write nothing.")
    var dryRun = false

    @Flag(help: "With --dry-run: print what `parley show --json` would, plus dropped and uncertain paragraphs.")
    var json = false

    func validate() throws {
        if json && !dryRun { throw ValidationError("--json needs --dry-run") }
        if let language, language != "nl" && language != "en" {
            throw ValidationError("--language must be nl or en, not '\(language)'")
        }
        if let slug, !Library.isValidSlug(slug) {
            throw ValidationError("'\(slug)' cannot be an article name: no '/', no leading '.', no control characters")
        }
    }

    func run() throws {
        try reportingFailures {
            let ui = options.catalogue
            let name = file == "-" ? "<stdin>" : file
            let bytes: [UInt8]
            do throws(FileSystemError) {
                if file == "-" {
                    bytes = try FileSystem.readStandardInput()
                } else {
                    bytes = try FileSystem.readFile(file)
                }
            } catch {
                throw CommandFailure(ui.message(error))
            }
            let importer = InterviewImporter(options: ImportOptions(file: name, slug: slug, title: title, interviewee: interviewee, language: language))
            let result: ImportResult
            do throws(ImportError) {
                result = try importer.run(bytes: bytes)
            } catch {
                throw CommandFailure(ui.message(error))
            }
            let folder = options.location.path
            if dryRun {
                if json {
                    Process.writeOut(JSONWriter.pretty(.object(ArticleJSON.importPreview(result, explain: ui.message))))
                } else {
                    let slug = result.article.slug
                    let existing = [Library.articlePath(folder: folder, slug: slug), Library.reactionsPath(folder: folder, slug: slug)]
                        .first(where: FileSystem.fileExists)
                    Process.writeOut(ImportPreview.dryRun(result, ui: ui, existing: existing))
                }
                return
            }
            let added: Library.AddedFiles
            do throws(Library.AddError) {
                added = try Library.add(result, folder: folder)
            } catch {
                throw CommandFailure(ui.message(error))
            }
            Process.writeOut(ImportPreview.imported(result, files: [added.article] + (added.reactions.map { [$0] } ?? []), ui: ui) + "\n")
            for line in ImportPreview.warnings(result, file: name, ui: ui) {
                Process.writeError("parley: " + line + "\n")
            }
        }
    }
}
