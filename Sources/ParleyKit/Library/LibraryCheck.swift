/// What `parley check` finds: every problem of every file in the library,
/// as values; ParleyUI's `Catalogue` says each as one `file:line: message` line.
public struct LibraryCheck: Sendable {
    public var articles: Int
    public var reactionFiles: Int
    public var problems: [LibraryProblem]

    /// Checks `library` (as `Library.load` lists it): every listed article is
    /// parsed whole here, as the reader would.
    public static func run(library: Library, fileNames: [String]) -> LibraryCheck {
        var problems: [LibraryProblem] = library.problems.map(LibraryProblem.article)
        var reactionFiles = 0
        for listed in library.entries {
            let entry: LibraryEntry
            do {
                entry = try Library.loadEntry(folder: library.folder, slug: listed.slug)
            } catch {
                // Changed since it was listed, and broken now.
                problems.append(.article(error))
                continue
            }
            problems += entry.warnings.map(LibraryProblem.warning)
            switch entry.reactions {
            case .none: break
            case .failed(let error):
                reactionFiles += 1
                problems.append(.reactions(error))
            case .loaded(let document):
                reactionFiles += 1
                let file = Library.reactionsPath(folder: library.folder, slug: entry.slug)
                if document.article != entry.slug {
                    problems.append(.otherArticle(file: file, article: document.article, slug: entry.slug))
                }
                for line in document.damagedLines {
                    problems.append(.damagedLine(file: file, line: line))
                }
                let ids = Set(document.reactions.map(\.id))
                for (i, reaction) in document.reactions.enumerated() {
                    if let parent = reaction.replyTo, !ids.contains(parent) {
                        problems.append(.replyToMissing(file: file, number: i + 1, replyTo: parent))
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
            case .failed(let error): problems.append(.reactions(error))
            case .loaded(let document): problems += conflictProblems(document, file: Library.reactionsPath(folder: library.folder, slug: slug))
            case .none: break
            }
            if !FileSystem.fileExists(Library.articlePath(folder: library.folder, slug: slug)) {
                problems.append(.noArticle(file: Library.reactionsPath(folder: library.folder, slug: slug), slug: slug))
            }
        }
        return LibraryCheck(articles: library.entries.count + library.problems.count, reactionFiles: reactionFiles, problems: problems)
    }

    /// One line per entry a merge kept under "conflicts" (docs/sync.md).
    static func conflictProblems(_ document: ReactionsDocument, file: String) -> [LibraryProblem] {
        document.conflicts.map { entry in
            if let id = entry.objectValue?["id"]?.stringValue {
                return .conflictingReaction(file: file, id: id)
            }
            if let field = entry.objectValue?["field"]?.stringValue {
                return .conflictingField(file: file, field: field)
            }
            return .unknownConflict(file: file)
        }
    }
}

/// One problem `parley check` reports.
public enum LibraryProblem: Equatable, Sendable {
    /// An article that cannot be read.
    case article(ArticleError)
    /// An article that can be read, with something wrong in it.
    case warning(ArticleWarning)
    /// A reactions file that cannot be read.
    case reactions(ReactionsError)
    /// The reactions file's `"article"` names another article.
    case otherArticle(file: String, article: String, slug: String)
    /// A line whose text is not UTF-8 (or a lone surrogate).
    case damagedLine(file: String, line: Int)
    /// Reaction `number` replies to an id not in the file.
    case replyToMissing(file: String, number: Int, replyTo: String)
    /// A merge kept another version of reaction `id` under "conflicts".
    case conflictingReaction(file: String, id: String)
    case conflictingField(file: String, field: String)
    case unknownConflict(file: String)
    /// A reactions file without its article.
    case noArticle(file: String, slug: String)
}
