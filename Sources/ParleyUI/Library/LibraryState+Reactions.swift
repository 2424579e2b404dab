import ParleyKit

extension LibraryState {
    /// After a reaction is posted in the reader: the library row counts it
    /// when the reader goes back.
    mutating func updateReactions(of slug: String, to reactions: ReactionsState) {
        guard let index = library.entries.firstIndex(where: { $0.slug == slug }) else { return }
        library.entries[index].reactions = reactions
    }
}
