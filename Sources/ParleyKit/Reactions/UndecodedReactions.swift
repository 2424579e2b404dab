import Synchronization

/// A reactions file as read from disk, decoded only when the reactions are
/// shown: a reader paints the top of an article long before it reaches the
/// end, and decoding 10,000 reactions takes about a tenth of a second.
public struct UndecodedReactions: Sendable {
    enum Content: Sendable {
        case missing
        case unreadable(ReactionsError)
        case bytes([UInt8])
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
        if case .bytes(let bytes) = content { return bytes.count }
        return 0
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
        case .bytes(let bytes):
            do {
                return .loaded(try ReactionsDocument.decode(bytes: bytes, file: file))
            } catch {
                return .failed(error)
            }
        }
    }
}
