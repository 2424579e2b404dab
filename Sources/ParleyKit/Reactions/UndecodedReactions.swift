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
            // The file read now; it is then bytes, missing or unreadable.
            made = UndecodedReactions(file: file, content: pending.content()).outline()
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

/// A reactions file kept open until its bytes are first needed, then read
/// once for every copy of the `UndecodedReactions` that holds it; closed
/// when the last copy goes.
final class PendingReactionsFile: Sendable {
    let file: String
    /// The file's size when it was opened.
    let byteCount: Int
    private let descriptor: Int32
    private let limit: Int
    private let read = Mutex<UndecodedReactions.Content?>(nil)

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

    /// The bytes (or why they cannot be had), read on the first call.
    func content() -> UndecodedReactions.Content {
        read.withLock { known in
            if let known { return known }
            let made = ReactionStore.content(file: file) { () throws(FileSystemError) in
                try FileSystem.readAll(descriptor, path: file, limit: limit)
            }
            known = made
            return made
        }
    }
}
