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
        if library != nil, SecureMode.isOn(environment: Process.environment) {
            SecureMode.refuse("--library", ui: catalogue)
        }
    }

    /// The options as a plain value.
    var settings: GlobalSettings { GlobalSettings(library: library, lang: lang) }

    var language: Language { settings.language }
    var catalogue: Catalogue { settings.catalogue }
    var location: LibraryLocation { settings.location }
    func loadLibrary() throws -> Library { try settings.loadLibrary() }
    func folder(ofArticle slug: String) throws -> String { try settings.folder(ofArticle: slug) }
    func loadEntry(slug: String) throws -> LibraryEntry { try settings.loadEntry(slug: slug) }
}
