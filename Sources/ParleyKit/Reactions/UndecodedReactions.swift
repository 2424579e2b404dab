/// A reactions file as read from disk, decoded only when the reactions are
/// shown: a reader paints the top of an article long before it reaches the
/// end, and decoding 10,000 reactions takes about a tenth of a second.
public struct UndecodedReactions: Sendable {
    enum Content: Sendable {
        case missing
        case unreadable(ReactionsError)
        case bytes([UInt8])
    }

    let file: String
    let content: Content

    /// What `ReactionStore.read()` returns for the same file.
    public func decode() -> ReactionsState {
        switch content {
        case .missing:
            return .none
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
