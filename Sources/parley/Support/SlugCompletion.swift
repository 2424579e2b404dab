import ArgumentParser
import ParleyKit

/// Shell completion of an article's name: the slugs of the library the
/// command line being typed would read (its `--library`, else as
/// `GlobalSettings` chooses). The generated scripts call
/// `parley ---completion ...` for these.
enum SlugCompletion {
    static var kind: CompletionKind {
        .custom { words, _, prefix in
            candidates(words: words, prefix: prefix, environment: Process.environment, currentDirectory: Process.currentDirectory)
        }
    }

    static func candidates(words: [String], prefix: String, environment: [String: String], currentDirectory: String) -> [String] {
        let location: LibraryLocation
        if SecureMode.isOn(environment: environment) {
            location = SecureMode.library(environment: environment)
        } else {
            location = LibraryLocation.resolve(option: libraryOption(words), environment: environment, currentDirectory: currentDirectory)
        }
        var folder = location.path
        if !folder.hasPrefix("/") { folder = FileSystem.join(currentDirectory, folder) }
        return Library.slugs(folder: folder).filter { $0.hasPrefix(prefix) }
    }

    /// The last `--library DIR` or `--library=DIR` typed so far.
    static func libraryOption(_ words: [String]) -> String? {
        var library: String?
        for (index, word) in words.enumerated() {
            if word == "--library", index + 1 < words.count {
                library = words[index + 1]
            } else if word.hasPrefix("--library=") {
                library = String(word.dropFirst("--library=".count))
            }
        }
        return library
    }
}
