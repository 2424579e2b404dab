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

    init(file: String, content: Content) {
        self.file = file
        self.content = content
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
