/// What `parley check` finds: every problem of every file in the library,
/// each as one `file:line: message` line.
public struct LibraryCheck: Sendable {
    public var articles: Int
    public var reactionFiles: Int
    public var problems: [String]

    /// Checks `library` (as `Library.load` lists it): every listed article is
    /// parsed whole here, as the reader would.
    public static func run(library: Library, fileNames: [String]) -> LibraryCheck {
        var problems: [String] = library.problems.map(\.description)
        var reactionFiles = 0
        for listed in library.entries {
            let entry: LibraryEntry
            do {
                entry = try Library.loadEntry(folder: library.folder, slug: listed.slug)
            } catch {
                // Changed since it was listed, and broken now.
                problems.append(error.description)
                continue
            }
            problems += entry.warnings.map(\.description)
            switch entry.reactions {
            case .none: break
            case .failed(let error):
                reactionFiles += 1
                problems.append(error.description)
            case .loaded(let document):
                reactionFiles += 1
                let file = Library.reactionsPath(folder: library.folder, slug: entry.slug)
                if document.article != entry.slug {
                    problems.append("\(file): \"article\" is \"\(document.article)\", but the file belongs to \"\(entry.slug)\"")
                }
                for line in document.damagedLines {
                    problems.append("\(file):\(line): text that is not UTF-8 (or a lone surrogate), shown as \u{FFFD}; parley will not add reactions until it is fixed")
                }
                let ids = Set(document.reactions.map(\.id))
                for (i, reaction) in document.reactions.enumerated() {
                    if let parent = reaction.replyTo, !ids.contains(parent) {
                        problems.append("\(file): reaction \(i + 1) replies to \(parent), which is not in the file")
                    }
                }
                problems += conflictProblems(document, file: file)
            }
        }
        // A reactions file whose article is missing or broken is still checked.
        let known = Set(library.entries.map(\.slug))
        for name in fileNames where name.hasSuffix(Library.reactionsExtension) && !name.hasPrefix(".") {
            let slug = String(name.dropLast(Library.reactionsExtension.count))
            guard !known.contains(slug) else { continue }
            reactionFiles += 1
            switch Library.loadReactions(folder: library.folder, slug: slug) {
            case .failed(let error): problems.append(error.description)
            case .loaded(let document): problems += conflictProblems(document, file: Library.reactionsPath(folder: library.folder, slug: slug))
            case .none: break
            }
            if !FileSystem.fileExists(Library.articlePath(folder: library.folder, slug: slug)) {
                problems.append("\(Library.reactionsPath(folder: library.folder, slug: slug)): there is no article \(slug).md for these reactions")
            }
        }
        return LibraryCheck(articles: library.entries.count + library.problems.count, reactionFiles: reactionFiles, problems: problems)
    }

    /// One line per entry a merge kept under "conflicts" (docs/sync.md).
    static func conflictProblems(_ document: ReactionsDocument, file: String) -> [String] {
        document.conflicts.map { entry in
            if let id = entry.objectValue?["id"]?.stringValue {
                return "\(file): reaction \(id) has another version under \"conflicts\": keep the right one in \"reactions\" and delete the entry"
            }
            if let field = entry.objectValue?["field"]?.stringValue {
                return "\(file): the field \"\(field)\" has another value under \"conflicts\": keep the right one and delete the entry"
            }
            return "\(file): an entry under \"conflicts\" is neither a reaction nor a field: check it and delete it"
        }
    }
}
