import ArgumentParser
import ParleyKit
import ParleyUI

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library folder (default: $PARLEY_LIBRARY, ./articles, ~/.local/share/parley/articles).", valueName: "dir"))
    var library: String?

    @Option(name: .long, help: ArgumentHelp("The language of parley's own messages: en or nl (default: from LC_ALL, LC_MESSAGES, LANG).", valueName: "lang"))
    var lang: String?

    func validate() throws {
        if let lang, Language(tag: lang) == nil {
            throw ValidationError("--lang must be en or nl, not '\(lang)'")
        }
    }

    var language: Language {
        lang.flatMap(Language.init(tag:)) ?? Language.fromEnvironment(Process.environment)
    }

    var catalogue: Catalogue { Catalogue(language) }

    var location: LibraryLocation {
        LibraryLocation.resolve(option: library, environment: Process.environment, currentDirectory: Process.currentDirectory)
    }

    func loadLibrary() throws -> Library {
        let location = location
        do {
            return try Library.load(folder: location.path)
        } catch {
            throw CommandFailure("\(error.path) (\(location.explanation)): \(error.reason)")
        }
    }

    /// The library folder, once it is clear that `slug` names an article in it
    /// (without parsing the article: a reaction does not need it).
    func folder(ofArticle slug: String) throws -> String {
        guard Library.isValidSlug(slug) else {
            throw ValidationError("'\(slug)' is not an article name: use the name `parley list` shows")
        }
        let folder = location.path
        guard FileSystem.isDirectory(folder) else {
            throw CommandFailure("\(folder) (\(location.explanation)): no such folder")
        }
        let file = Library.articlePath(folder: folder, slug: slug)
        guard FileSystem.fileExists(file) else {
            throw CommandFailure("\(file): no such article")
        }
        return folder
    }

    func loadEntry(slug: String) throws -> LibraryEntry {
        let folder = try libraryFolder(forArticle: slug)
        do {
            return try Library.loadEntry(folder: folder, slug: slug)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// As `loadEntry`, for reading a screen at a time (`Library.openEntry`).
    func openEntry(slug: String) throws -> OpenedEntry {
        let folder = try libraryFolder(forArticle: slug)
        do {
            return try Library.openEntry(folder: folder, slug: slug)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The library folder, once it is there and `slug` can name an article in it.
    private func libraryFolder(forArticle slug: String) throws -> String {
        guard Library.isValidSlug(slug) else {
            throw ValidationError("'\(slug)' is not an article name: use the name `parley list` shows")
        }
        let folder = location.path
        guard FileSystem.isDirectory(folder) else {
            throw CommandFailure("\(folder) (\(location.explanation)): no such folder")
        }
        return folder
    }
}
