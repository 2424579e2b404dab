import ArgumentParser
import ParleyKit
import ParleyUI

/// What the global options say (`--library`, `--lang`) and what follows
/// from them: the UI language, the library folder, its articles. A plain
/// value, so `parley read SLUG` can start without ArgumentParser
/// (`QuickInvocation`); `GlobalOptions` hands one to every command.
struct GlobalSettings {
    var library: String?
    var lang: String?

    var language: Language {
        lang.flatMap(Language.init(tag:)) ?? Language.fromEnvironment(Process.environment)
    }

    var catalogue: Catalogue { Catalogue(language) }

    /// In secure mode, the administrator's library (`SecureMode.library`); else
    /// `--library`, `$PARLEY_LIBRARY`, `./articles`, the data home.
    var location: LibraryLocation {
        let environment = Process.environment
        if SecureMode.isOn(environment: environment) { return SecureMode.library(environment: environment) }
        return LibraryLocation.resolve(option: library, environment: environment, currentDirectory: Process.currentDirectory)
    }

    /// Which library personal state (drafts, reading state) belongs to.
    var libraryKey: LibraryKey {
        LibraryKey(folder: location.path, currentDirectory: Process.currentDirectory)
    }

    func loadLibrary() throws -> Library {
        let location = location
        do {
            return try Library.load(folder: location.path)
        } catch {
            throw CommandFailure(catalogue.libraryUnopenable(error, location: location))
        }
    }

    /// The library folder, once it is clear that `slug` names an article in it
    /// (without parsing the article: a reaction does not need it).
    func folder(ofArticle slug: String) throws -> String {
        let folder = try libraryFolder(forArticle: slug)
        let file = Library.articlePath(folder: folder, slug: slug)
        guard FileSystem.fileExists(file) else {
            throw CommandFailure(catalogue.message(ArticleError(file: file, line: nil, problem: .noSuchArticle)))
        }
        return folder
    }

    func loadEntry(slug: String) throws -> LibraryEntry {
        let folder = try libraryFolder(forArticle: slug)
        do {
            return try Library.loadEntry(folder: folder, slug: slug)
        } catch {
            throw CommandFailure(catalogue.message(error))
        }
    }

    /// The article opened for reading a screen at a time: a long one's
    /// beginning alone when it can stand for the whole (`Library.openArticle`).
    func openArticle(slug: String) throws -> ArticleOpening {
        let folder = try libraryFolder(forArticle: slug)
        do {
            return try Library.openArticle(folder: folder, slug: slug)
        } catch {
            throw CommandFailure(catalogue.message(error))
        }
    }

    /// The article of `opening` read whole, its errors said as opening says them.
    func whole(_ opening: ArticleOpening) throws -> OpenedEntry {
        do {
            return try opening.whole()
        } catch {
            throw CommandFailure(catalogue.message(error))
        }
    }

    /// The library folder, once it is there and `slug` can name an article in it.
    private func libraryFolder(forArticle slug: String) throws -> String {
        guard Library.isValidSlug(slug) else {
            throw ValidationError("'\(slug)' is not an article name: use the name `parley list` shows")
        }
        let folder = location.path
        guard FileSystem.isDirectory(folder) else {
            throw CommandFailure(catalogue.noSuchLibraryFolder(folder, location: location))
        }
        return folder
    }
}
