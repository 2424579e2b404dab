import ParleyKit

/// The words of the reading state (docs/usage.md, "Reading state").
extension Catalogue {
    /// One line about the state file, said once.
    public func readingStateNotice(_ notice: ReadingStateNotice) -> String {
        switch notice {
        case let .setAside(_, movedTo, problem):
            pick("the reading state could not be read (\(readingStateProblem(problem))); it was moved to \(movedTo) and parley starts afresh",
                 "de leesstand kon niet worden gelezen (\(readingStateProblem(problem))); hij is verplaatst naar \(movedTo) en parley begint opnieuw")
        case let .leftInPlace(file, problem):
            pick("the reading state could not be read (\(readingStateProblem(problem))) nor moved aside; parley will not write \(file) this time",
                 "de leesstand kon niet worden gelezen (\(readingStateProblem(problem))) en niet opzij gezet; parley schrijft \(file) deze keer niet")
        case let .newerVersion(file, version):
            pick("\(file) was written by a newer parley (version \(version)); it is left as it is and not used",
                 "\(file) is geschreven door een nieuwere parley (versie \(version)); het blijft zoals het is en wordt niet gebruikt")
        }
    }

    /// Why the reading state could not be read or saved.
    public func readingStateProblem(_ error: ReadingStateError) -> String {
        switch error {
        case let .unreadable(file, line, problem): place(file, line) + message(problem)
        case let .newerVersion(file, version): pick("\(file): version \(version) is newer than this parley", "\(file): versie \(version) is nieuwer dan deze parley")
        case .fileSystem(let error): message(error)
        }
    }

    public func readingStateNotSaved(_ error: ReadingStateError) -> String {
        pick("the reading state was not saved: \(readingStateProblem(error))",
             "de leesstand is niet bewaard: \(readingStateProblem(error))")
    }

    /// Said once when an article opens where the reader left it.
    public var backWhereYouLeftOff: String {
        pick("back where you left off · g goes to the top", "terug waar je was gebleven · g gaat naar het begin")
    }

    /// Reactions new to the reader, in the library's row: "2 new".
    public func newReactionCount(_ count: Int) -> String {
        pick("\(count) new", "\(count) nieuw")
    }

    /// An article the reader never opened, and a reaction they have not seen.
    public var newMark: String { pick("new", "nieuw") }

    /// `N` with no new reaction after the top line.
    public var noNewReactions: String {
        pick("no new reactions further on", "geen nieuwe reacties verderop")
    }
}
