import ParleyKit

/// The locks of a set of reactions files, held together while git writes
/// them (commit, merge) and released when the value goes away. Taken in
/// name order; a `parley react` only ever holds one, so no two parleys wait
/// for each other in a circle.
final class ReactionLocks {
    /// A class holds the non-copyable lock, so an array can hold many.
    private final class Held {
        let lock: FileLock
        init(_ lock: consuming FileLock) { self.lock = lock }
    }

    private var held: [String: Held] = [:]
    let folder: String

    init(folder: String, slugs: Set<String>) throws(SyncError) {
        self.folder = folder
        for slug in slugs.sorted() {
            do {
                held[slug] = Held(try ReactionStore(folder: folder, slug: slug).lock())
            } catch {
                throw .reactions(error)
            }
        }
    }

    func holds(_ slug: String) -> Bool { held[slug] != nil }

    /// Replaces a reactions file whose lock is held.
    func replace(slug: String, with document: ReactionsDocument) throws(SyncError) {
        guard let entry = held[slug] else {
            preconditionFailure("a reactions file is written only under its lock: \(slug)")
        }
        do {
            try ReactionStore(folder: folder, slug: slug).replace(with: document, holding: entry.lock)
        } catch {
            throw .reactions(error)
        }
    }

    /// The slug of a reactions file's name, nil for other files.
    static func slug(ofFile name: String) -> String? {
        guard name.hasSuffix(Library.reactionsExtension), !name.hasPrefix("."), !name.contains("/") else { return nil }
        return String(name.dropLast(Library.reactionsExtension.count))
    }
}
