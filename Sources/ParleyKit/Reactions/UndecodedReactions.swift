#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A reactions file as read from disk, decoded only when the reactions are
/// shown: a reader paints the top of an article long before it reaches the
/// end, and decoding 10,000 reactions takes about a tenth of a second.
public struct UndecodedReactions: Sendable {
    enum Content: Sendable {
        case missing
        case unreadable(ReactionsError)
        case bytes([UInt8])
        /// Opened, read when first needed (`ReactionStore.openUndecoded`).
        case unread(PendingReactionsFile)
        case decoded(ReactionsState)
    }

    let file: String
    let content: Content
    /// The index, made once for every copy: the reader asks for it at each
    /// step of its layout, the reading state at the start and at the end.
    private let index = IndexCache()

    init(file: String, content: Content) {
        self.file = file
        self.content = content
    }

    private final class IndexCache: Sendable {
        let outline = Mutex<ReactionsOutline?>(nil)
    }

    /// Reactions decoded already.
    public init(_ state: ReactionsState, file: String) {
        self.init(file: file, content: .decoded(state))
    }

    /// No reactions file: the reactions section shows only its heading.
    public var isMissing: Bool {
        switch content {
        case .missing, .decoded(.none): true
        default: false
        }
    }

    /// The file's size in bytes (0 when there is none, or it is decoded already).
    public var byteCount: Int {
        switch content {
        case .bytes(let bytes): bytes.count
        case .unread(let pending): pending.byteCount
        default: 0
        }
    }

    /// The reactions indexed, each decoded whole only when it is shown
    /// (`ReactionsIndex`): what the reader lays out. Made on the first call.
    public func outline() -> ReactionsOutline {
        if let known = index.outline.withLock({ $0 }) { return known }
        let made: ReactionsOutline
        switch content {
        case .missing:
            made = .none
        case .decoded(let state):
            made = ReactionsOutline(state)
        case .unreadable(let error):
            made = .failed(error)
        case .unread(let pending):
            // The file indexed now, from a mapping: its bytes are not kept.
            made = pending.outline()
        case .bytes(let bytes):
            do {
                made = .indexed(try ReactionsIndex(bytes: bytes, file: file))
            } catch {
                made = .failed(error)
            }
        }
        index.outline.withLock { $0 = made }
        return made
    }

    /// What `ReactionStore.read()` returns for the same file.
    public func decode() -> ReactionsState {
        switch content {
        case .missing:
            return .none
        case .decoded(let state):
            return state
        case .unreadable(let error):
            return .failed(error)
        case .unread(let pending):
            return UndecodedReactions(file: file, content: pending.content()).decode()
        case .bytes(let bytes):
            do {
                return .loaded(try ReactionsDocument.decode(bytes: bytes, file: file))
            } catch {
                return .failed(error)
            }
        }
    }
}

/// A reactions file kept open until its bytes are first needed, then
/// indexed once for every copy of the `UndecodedReactions` that holds it
/// (its bytes read again, a reaction at a time, when shown); closed when
/// the last copy goes.
final class PendingReactionsFile: Sendable {
    let file: String
    /// The file's size when it was opened.
    let byteCount: Int
    private let descriptor: Int32
    private let limit: Int
    /// `readAll` seeks the shared descriptor: one read at a time.
    private let reading = Mutex(())

    init(opening file: String, limit: Int) throws(FileSystemError) {
        let fd = try FileSystem.openRegularFile(file)
        let size: Int
        do throws(FileSystemError) {
            size = try FileSystem.size(of: fd, path: file)
            if size > limit { throw FileSystemError(path: file, operation: .read, code: EFBIG) }
        } catch {
            close(fd)
            throw error
        }
        self.file = file
        self.limit = limit
        descriptor = fd
        byteCount = size
    }

    deinit { close(descriptor) }

    /// The reactions indexed from the file mapped (`MappedFile`), its
    /// pages given back behind the parser: a file of 10,000 reactions
    /// (4.6 MB) is never resident whole. Errors are `content()`'s.
    func outline() -> ReactionsOutline {
        let mapped: MappedFile
        do throws(FileSystemError) {
            let size = try FileSystem.size(of: descriptor, path: file)
            if size > limit { throw FileSystemError(path: file, operation: .read, code: EFBIG) }
            guard MappedFile.isSafeToMap(descriptor: descriptor) else { throw FileSystemError(path: file, operation: .read, code: EPERM) }
            mapped = try MappedFile(descriptor: descriptor, count: size, path: file)
        } catch {
            // Too large, writable by others (`MappedFile.isSafeToMap`), or a
            // file system that cannot map: said, or read whole, as before.
            return UndecodedReactions(file: file, content: content()).outline()
        }
        do {
            return .indexed(try ReactionsIndex(mapped: mapped, opened: self))
        } catch {
            return .failed(error)
        }
    }

    /// The bytes at `range` of the file (nil when they cannot be read whole).
    func bytes(in range: Range<Int>) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            while initialized < range.count {
                let count = pread(descriptor, buffer.baseAddress.map { $0 + initialized }, range.count - initialized, off_t(range.lowerBound + initialized))
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { failed = true; return }
                initialized += count
            }
        }
        return failed ? nil : bytes
    }

    /// The bytes (or why they cannot be had), read at each call and not
    /// kept: only `decode()` (the reply being written) and a file that
    /// cannot be mapped need them whole.
    func content() -> UndecodedReactions.Content {
        reading.withLock { _ in
            ReactionStore.content(file: file) { () throws(FileSystemError) in
                try FileSystem.readAll(descriptor, path: file, limit: limit)
            }
        }
    }
}
