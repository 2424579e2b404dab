#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import FoundationEssentials

/// The reading state of one library on disk: `<library file name>.json`
/// under `$XDG_STATE_HOME/parley/state/`, 0600 in 0700 folders, replaced
/// atomically (temp, fsync, rename) under a lock, as drafts are.
///
/// Two parleys of one user may keep the same library open: each saves only
/// the articles it changed, over what it reads back from the file under the
/// lock, so the last writer wins per article and nothing else is lost.
public struct ReadingStateStore: Sendable {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    public let folder: String
    public let library: LibraryKey
    /// False after a newer parley's file or one that could not be moved aside:
    /// this parley then never writes over it.
    public private(set) var writable = true

    public init(folder: String, library: LibraryKey) {
        self.folder = folder
        self.library = library
    }

    /// The user's store for `library`, or nil when `PARLEY_STATE=off`.
    public init?(environment: [String: String], library: LibraryKey) {
        if Self.isOff(environment) { return nil }
        self.init(folder: FileSystem.join(UserFolders.stateHome(environment: environment), "parley/state"), library: library)
    }

    /// `PARLEY_STATE=off`: no reading state is read or written.
    public static func isOff(_ environment: [String: String]) -> Bool {
        environment["PARLEY_STATE"]?.lowercased() == "off"
    }

    public var file: String { FileSystem.join(folder, library.fileName + ".json") }
    private var lockFile: String { FileSystem.join(folder, "." + library.fileName + ".lock") }

    /// The state, empty when there is none. A file that cannot be read is
    /// moved aside (never wiped) and reported once.
    public mutating func load(now: Date = Date()) -> (state: LibraryReadingState, notice: ReadingStateNotice?) {
        let empty = LibraryReadingState(library: library.path)
        do {
            return (try read() ?? empty, nil)
        } catch {
            return (empty, setAside(error, now: now))
        }
    }

    /// Writes `state`'s articles in `changed` (and its name when
    /// `nameChanged`) over what is in the file now; drops articles that are
    /// gone (`existing`: the library's slugs, nil when not known). Returns
    /// the state as written, with other parleys' articles, and a notice when
    /// the file had to be moved aside first.
    @discardableResult
    public mutating func save(
        _ state: LibraryReadingState,
        changed: Set<String>,
        nameChanged: Bool,
        existing: Set<String>? = nil,
        now: Date = Date()
    ) throws(ReadingStateError) -> (state: LibraryReadingState, notice: ReadingStateNotice?) {
        guard writable else { return (state, nil) }
        do {
            try FileSystem.createFolders(folder, mode: Self.folderMode)
        } catch {
            throw .fileSystem(error)
        }
        // Made 0600 first: FileLock would create it readable by everyone.
        let created = open(lockFile, O_RDONLY | O_CREAT | O_CLOEXEC, Self.fileMode)
        if created >= 0 { close(created) }
        let lock: FileLock
        do {
            lock = try FileLock(exclusive: lockFile, timeout: .seconds(2))
        } catch {
            throw .fileSystem(error)
        }
        var notice: ReadingStateNotice?
        let onDisk: LibraryReadingState
        do {
            onDisk = try read() ?? LibraryReadingState(library: library.path)
        } catch {
            notice = setAside(error, now: now)
            guard writable else { return (state, notice) }
            onDisk = LibraryReadingState(library: library.path)
        }
        var merged = state.merged(over: onDisk, changed: changed, nameChanged: nameChanged)
        if let existing { merged.prune(existing: existing, now: now) }
        do {
            try AtomicFile.write(merged.encoded(), to: file, permissions: .fixed(Self.fileMode))
        } catch {
            throw .fileSystem(error)
        }
        _ = consume lock
        return (merged, notice)
    }

    private func read() throws(ReadingStateError) -> LibraryReadingState? {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(file)
        } catch {
            if error.isNotFound { return nil }
            throw .fileSystem(error)
        }
        return try LibraryReadingState.decode(bytes: bytes, file: file)
    }

    /// Moves an unreadable file to `<name>.unreadable-<time>.json`; a newer
    /// parley's file stays where it is, unwritten.
    private mutating func setAside(_ problem: ReadingStateError, now: Date) -> ReadingStateNotice {
        if case .newerVersion(let file, let version) = problem {
            writable = false
            return .newerVersion(file: file, version: version)
        }
        let stamp = ReactionTime(date: now).text.filter { $0 != "-" && $0 != ":" }
        var target = FileSystem.join(folder, "\(library.fileName).unreadable-\(stamp).json")
        var number = 1
        while FileSystem.fileExists(target) {
            number += 1
            target = FileSystem.join(folder, "\(library.fileName).unreadable-\(stamp)-\(number).json")
        }
        if rename(file, target) != 0 {
            writable = false
            return .leftInPlace(file: file, problem: problem)
        }
        return .setAside(file: file, movedTo: target, problem: problem)
    }
}
