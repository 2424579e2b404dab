#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import FoundationEssentials

/// The reactions of one article, `<slug>.reactions.json` in the library
/// folder, and the only code that changes that file (docs/reactions-format.md).
///
/// Adding is read-merge-write under an exclusive lock on a sidecar file, then
/// an atomic replace: once `add` returns, the reaction is on disk, and two
/// processes adding at the same moment both keep theirs.
public struct ReactionStore: Sendable {
    /// How long `add` waits for another writer before giving up. A writer holds
    /// the lock for milliseconds; only a stopped or stuck one holds it this long.
    public static let defaultLockTimeout: Duration = .seconds(10)
    /// The largest reactions file parley reads (and so adds to): about 3,000
    /// reactions of the longest kind, 100,000 of a paragraph each. A larger
    /// file is shown as unreadable, with this reason. docs/reactions-format.md.
    public static let maximumFileSize = 32 * 1024 * 1024

    public let folder: String
    public let slug: String
    public var lockTimeout: Duration

    public init(folder: String, slug: String, lockTimeout: Duration = defaultLockTimeout) {
        self.folder = folder
        self.slug = slug
        self.lockTimeout = lockTimeout
    }

    /// `<slug>.reactions.json`.
    public var file: String { Library.reactionsPath(folder: folder, slug: slug) }

    /// `.<slug>.reactions.lock` beside the file: hidden, so the library never
    /// lists it, and never removed (a writer that removed it could lock a file
    /// that another writer has already stopped using).
    public var lockFile: String { FileSystem.join(folder, ".\(slug).reactions.lock") }

    // MARK: - Reading

    /// What is on disk now. No lock is needed: files are only ever replaced
    /// whole, by a rename, so a reader sees the old file or the new one.
    public func read() -> ReactionsState {
        readUndecoded().decode()
    }

    /// The file's bytes, decoded later (`UndecodedReactions.decode()` gives what `read` gives).
    public func readUndecoded() -> UndecodedReactions {
        UndecodedReactions(file: file, content: Self.content(file: file) { () throws(FileSystemError) in
            try FileSystem.readFile(file, limit: Self.maximumFileSize)
        })
    }

    /// The file opened and its size known, its bytes read only when the
    /// reactions are first needed (`UndecodedReactions`): the reader's first
    /// screen of an article with 10,000 reactions (4.6 MB) does not wait for
    /// them. The file is kept open, so what is read later is the file as it
    /// was now (writers replace it by a rename, never in place). Fails as
    /// `readUndecoded` fails, except for an error while reading, which
    /// shows when the reactions are.
    public func openUndecoded() -> UndecodedReactions {
        let opened: PendingReactionsFile
        do {
            opened = try PendingReactionsFile(opening: file, limit: Self.maximumFileSize)
        } catch {
            return UndecodedReactions(file: file, content: Self.content(file: file) { () throws(FileSystemError) in throw error })
        }
        return UndecodedReactions(file: file, content: .unread(opened))
    }

    /// What reading the file gives, its errors said as reactions errors.
    static func content(file: String, reading: () throws(FileSystemError) -> [UInt8]) -> UndecodedReactions.Content {
        do {
            return .bytes(try reading())
        } catch {
            if error.isNotFound { return .missing }
            if error.code == EFBIG {
                return .unreadable(ReactionsError(file: file, problem: .tooLarge(megabytes: maximumFileSize / 1024 / 1024)))
            }
            return .unreadable(ReactionsError(file: file, problem: .cannotRead(error)))
        }
    }

    /// The file's document; an empty one when there is no file yet.
    public func load() throws(ReactionStoreError) -> ReactionsDocument {
        switch read() {
        case .none: return ReactionsDocument(article: slug)
        case .loaded(let document): return document
        case .failed(let error): throw .unreadable(error)
        }
    }

    /// Posted order: reactions with an unknown date first, in file order, then by time.
    public func reactionsInPostedOrder() throws(ReactionStoreError) -> [Reaction] {
        try load().reactionsInPostedOrder
    }

    /// Refuses now what `add` would refuse whatever the text: an unreadable
    /// file, a newer format, a reply to a reaction that is not there. Lets a
    /// command line fail before a person types a reaction rather than after.
    public func checkCanAdd(replyTo: String?) throws(ReactionStoreError) {
        try checkMayRewrite()
        let document = try load()
        try checkMayRewrite(document)
        if let replyTo { _ = try Self.parent(replyTo, in: document) }
    }

    // MARK: - Adding

    /// Validates `input`, then adds it with a new id and the time `now` (in
    /// UTC, to the second), and returns the stored reaction. When this returns,
    /// the file and the folder entry are on disk.
    ///
    /// `cancellation` stops a wait for the lock; it is looked at a last time
    /// just before the new file is written, so a cancelled add has written
    /// nothing (`.cancelled`), and one that returns has written all.
    /// `waiting` is called once if the lock is held by someone else.
    @discardableResult
    public func add(_ input: ReactionInput, now: Date = Date(), cancellation: Cancellation? = nil,
                    waiting: () -> Void = {}) throws(ReactionStoreError) -> Reaction {
        let valid: ReactionInput
        do {
            valid = try input.validated()
        } catch {
            throw .invalid(error)
        }

        let lock = try self.lock(cancellation: cancellation, waiting: waiting)

        // Re-read under the lock: the file may have changed since anyone last looked.
        try checkMayRewrite()
        var document = try load()
        try checkMayRewrite(document)
        let replyTo = try valid.replyTo.map { (id) throws(ReactionStoreError) in try Self.parent(id, in: document) }
        let reaction = Reaction(
            id: Self.newID(avoiding: document.reactions),
            author: valid.author,
            posted: ReactionTime(date: now),
            text: valid.text,
            replyTo: replyTo
        )
        document.reactions.append(reaction)

        // The last moment to stop: after this the reaction is written.
        if cancellation?.isCancelled == true { throw .cancelled(file: file) }
        AtomicFile.removeLeftovers(of: file)
        do {
            try AtomicFile.write(Array(document.encoded().utf8), to: file, permissions: .keepExisting)
        } catch {
            // The one error after the rename: the new contents are in place, only
            // their durability is in doubt.
            if error.operation == .syncFolder { throw .notSynced(file: file, error) }
            throw .writing(file, error)
        }
        // Released only now, with the new file and its folder entry on disk.
        _ = consume lock
        return reaction
    }

    /// Refuses a file that is not this store's to rewrite: a link, a FIFO or
    /// a device in its place, or a file its owner made read-only.
    private func checkMayRewrite() throws(ReactionStoreError) {
        guard let entry = FileSystem.entryKind(file) else { return }
        if let kind = entry.kind { throw .notRegularFile(file: file, kind) }
        if entry.mode & S_IWUSR == 0 { throw .closed(file: file) }
    }

    /// Refuses a document this parley cannot rewrite faithfully.
    private func checkMayRewrite(_ document: ReactionsDocument) throws(ReactionStoreError) {
        if document.isNewerFormat { throw .newerFormat(file: file, version: document.version) }
        if let line = document.damagedLines.first { throw .damaged(file: file, line: line) }
    }

    /// The file's lock, held until the value goes away: while it is held no
    /// parley changes the file (sync holds it while git writes the file).
    public func lock(cancellation: Cancellation? = nil, waiting: () -> Void = {}) throws(ReactionStoreError) -> FileLock {
        do {
            return try FileLock(exclusive: lockFile, timeout: lockTimeout, cancellation: cancellation, waiting: waiting)
        } catch {
            if error.code == ECANCELED { throw .cancelled(file: file) }
            if error.code == EWOULDBLOCK {
                throw .busy(file: file, lockFile: lockFile, seconds: Int(lockTimeout.components.seconds))
            }
            throw .writing(file, error)
        }
    }

    /// Replaces the file with `document` (a merge's result), as `add` writes:
    /// atomically, keeping the old file's mode and group. The caller holds
    /// `lock` (from `lock()`), so nothing written meanwhile is lost.
    public func replace(with document: ReactionsDocument, holding lock: borrowing FileLock) throws(ReactionStoreError) {
        AtomicFile.removeLeftovers(of: file)
        do {
            try AtomicFile.write(Array(document.encoded().utf8), to: file, permissions: .keepExisting)
        } catch {
            if error.operation == .syncFolder { throw .notSynced(file: file, error) }
            throw .writing(file, error)
        }
    }

    /// The stored id `id` names: exactly, or ignoring case (ids are lower case;
    /// a person may paste one in capitals).
    private static func parent(_ id: String, in document: ReactionsDocument) throws(ReactionStoreError) -> String {
        if document.reactions.contains(where: { $0.id == id }) { return id }
        let lowered = id.lowercased()
        if let match = document.reactions.first(where: { $0.id.lowercased() == lowered }) { return match.id }
        throw .invalid(.unknownReply(id))
    }

    private static func newID(avoiding reactions: [Reaction]) -> String {
        let taken = Set(reactions.map(\.id))
        while true {
            let id = UUID().uuidString.lowercased()
            if !taken.contains(id) { return id }
        }
    }
}
