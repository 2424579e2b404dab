import ParleyKit

/// Words for files that are not what they should be: damaged, closed,
/// unreadable or not regular files (issue #12, docs/reactions-format.md).
extension Catalogue {
    /// The reactions column of the library screen and `parley list` when the
    /// reactions file cannot be read: never "no reactions".
    public var reactionsUnreadable: String {
        pick("reactions unreadable", "reacties onleesbaar")
    }

    /// "3 reactions", or that they cannot be read.
    public func reactionsColumn(_ entry: ListedArticle) -> String {
        entry.reactions.error == nil ? reactionCount(entry.reactionCount) : reactionsUnreadable
    }

    /// One line on stderr under `parley list` for a reactions file that cannot be read.
    public func reactionsCannotBeRead(_ error: ReactionsError) -> String {
        pick("cannot read the reactions: ", "kan de reacties niet lezen: ") + message(error)
    }

    /// An import source read as Windows-1252.
    var windows1252Note: String {
        pick("the text is not UTF-8: it was read as Windows-1252", "de tekst is geen UTF-8: hij is gelezen als Windows-1252")
    }
}
