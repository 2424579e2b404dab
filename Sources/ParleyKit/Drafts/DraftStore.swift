#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import FoundationEssentials

/// One draft per article of a library, `<slug>.json` under
/// `$XDG_STATE_HOME/parley/drafts/<library>/` (`LibraryKey.fileName`), so a
/// draft written in one library never comes back in another's composer;
/// private to the user (files 0600, folders 0700) and replaced atomically, so
/// a crash while saving leaves the previous draft rather than half of one.
///
/// The composer saves at every pause in typing and when a signal asks it to
/// stop. `save` is built for that: it never blocks on a lock, does nothing when
/// the draft has not changed since it last wrote it, and creates the folders
/// once. It is not async-signal-safe: call it from the main loop, never from
/// a signal handler.
public struct DraftStore: Sendable {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    public let folder: String
    /// Where drafts were kept before they were kept per library
    /// (`drafts/<slug>.json`). Such a draft belongs to no library in
    /// particular: the first library that asks for its slug takes it (it is
    /// moved into that library's folder), so it is never lost and never shown
    /// in two libraries.
    public let legacyFolder: String?
    /// What this store last wrote for each slug: saving the same again costs nothing.
    private var written: [String: Draft] = [:]
    private var folderExists = false

    public init(folder: String, legacyFolder: String? = nil) {
        self.folder = folder
        self.legacyFolder = legacyFolder
    }

    /// The user's drafts for `library`: `$XDG_STATE_HOME/parley/drafts/<library>`,
    /// by default under `~/.local/state`.
    public init(environment: [String: String], library: LibraryKey) {
        let drafts = FileSystem.join(UserFolders.stateHome(environment: environment), "parley/drafts")
        self.init(folder: FileSystem.join(drafts, library.fileName), legacyFolder: drafts)
    }

    public func file(for slug: String) -> String {
        FileSystem.join(folder, slug + ".json")
    }

    /// The article's draft, nil when there is none.
    public mutating func load(slug: String) throws(DraftError) -> Draft? {
        let file = try checkedFile(for: slug)
        try adoptLegacyDraft(slug: slug)
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(file)
        } catch {
            if error.isNotFound { return nil }
            throw .fileSystem(error)
        }
        return try Draft.decode(bytes: bytes, file: file)
    }

    /// Replaces the article's draft with `draft`, stamped `now`. A blank draft
    /// removes the file instead: an emptied composer leaves nothing behind.
    /// Returns whether anything was written or removed.
    @discardableResult
    public mutating func save(_ draft: Draft, slug: String, now: Date = Date()) throws(DraftError) -> Bool {
        if draft.isBlank {
            return try remove(slug: slug)
        }
        if let last = written[slug], last.hasSameContent(as: draft) { return false }
        let file = try checkedFile(for: slug)
        try createFolder()
        var stamped = draft
        stamped.updated = ReactionTime(date: now)
        do {
            try AtomicFile.write(Array(stamped.encoded(article: slug).utf8), to: file, permissions: .fixed(Self.fileMode))
        } catch {
            // The folder may have been removed under us: look again next time.
            folderExists = false
            throw .fileSystem(error)
        }
        written[slug] = stamped
        return true
    }

    /// Removes the article's draft; returns whether there was one.
    @discardableResult
    public mutating func remove(slug: String) throws(DraftError) -> Bool {
        let file = try checkedFile(for: slug)
        written[slug] = nil
        if unlink(file) == 0 { return true }
        if errno == ENOENT { return false }
        throw .fileSystem(.current(.remove, file))
    }

    /// After a successful post: removes the article's draft when it is what
    /// was posted (`text` as the store keeps it). A different draft, say one
    /// a composer is still working on, is kept.
    @discardableResult
    public mutating func removeIfPosted(_ text: String, slug: String) throws(DraftError) -> Bool {
        guard let draft = try load(slug: slug), draft.wasPosted(as: text) else { return false }
        return try remove(slug: slug)
    }

    /// Moves the article's draft out of the way (to `<slug>.earlier-<time>.json`)
    /// so that a new draft can take its place without destroying it. Returns
    /// the new path, nil when there was no draft.
    public mutating func setAside(slug: String, now: Date = Date()) throws(DraftError) -> String? {
        let file = try checkedFile(for: slug)
        try adoptLegacyDraft(slug: slug)
        guard FileSystem.fileExists(file) else { return nil }
        let stamp = ReactionTime(date: now).text.filter { $0 != "-" && $0 != ":" }
        var target = FileSystem.join(folder, "\(slug).earlier-\(stamp).json")
        var number = 1
        while FileSystem.fileExists(target) {
            number += 1
            target = FileSystem.join(folder, "\(slug).earlier-\(stamp)-\(number).json")
        }
        if rename(file, target) != 0 { throw .fileSystem(.current(.move, file)) }
        written[slug] = nil
        return target
    }

    /// Where `keep` put a draft, and where the different draft it replaced went.
    public struct Kept: Equatable, Sendable {
        public var file: String
        /// The earlier draft, set aside; nil when there was none or it was the same.
        public var earlierDraft: String?
    }

    /// Saves `draft` as the article's draft without destroying a different
    /// one that is already there (a composer's, say): that one is set aside
    /// first. For text that could not be posted.
    public mutating func keep(_ draft: Draft, slug: String, now: Date = Date()) throws(DraftError) -> Kept {
        var earlier: String?
        let existing: Draft?
        do {
            existing = try load(slug: slug)
        } catch {
            // A draft that cannot be read may still hold someone's words: never overwrite it.
            guard case .unreadable = error else { throw error }
            existing = nil
            earlier = try setAside(slug: slug, now: now)
        }
        if let existing, !existing.hasSameContent(as: draft), !existing.isBlank {
            earlier = try setAside(slug: slug, now: now)
        }
        written[slug] = nil
        try save(draft, slug: slug, now: now)
        return Kept(file: file(for: slug), earlierDraft: earlier)
    }

    /// Moves an old-style draft of `slug` into this library's folder, unless
    /// this library already has a draft of its own for it.
    private mutating func adoptLegacyDraft(slug: String) throws(DraftError) {
        guard let legacyFolder, legacyFolder != folder else { return }
        let legacy = FileSystem.join(legacyFolder, slug + ".json")
        let file = file(for: slug)
        guard FileSystem.fileExists(legacy), !FileSystem.fileExists(file) else { return }
        try createFolder()
        if rename(legacy, file) != 0 && errno != ENOENT {
            throw .fileSystem(.current(.move, legacy))
        }
    }

    private mutating func createFolder() throws(DraftError) {
        guard !folderExists else { return }
        do {
            try FileSystem.createFolders(folder, mode: Self.folderMode)
        } catch {
            throw .fileSystem(error)
        }
        folderExists = true
    }

    private func checkedFile(for slug: String) throws(DraftError) -> String {
        guard Library.isValidSlug(slug) else { throw .invalidArticleName(slug) }
        return file(for: slug)
    }
}
