/// A reader key whose command waits for a long layout (`ReaderState+LongWork`):
/// run again at each `Event.continueWork` until what it needs is laid out
/// (or, for a search being typed, the jump to its first match).
/// Keys typed meanwhile wait in `queued` and run afterwards, in order; `Esc`
/// and `Ctrl-C` stop it (fixed, like an interrupt: they are not in the key
/// table, and `Ctrl-C` quits only when nothing runs).
public struct LongWork: Sendable {
    /// What runs once the layout it needs is there.
    enum Step: Equatable, Sendable {
        /// The key again (its command has not run yet).
        case key(Key)
        /// The first match of the pattern typed so far, from where the
        /// search started (the key that typed it has been applied).
        case showTypedMatch
    }

    var step: Step
    var queued: [Event] = []

    /// The keys that stop the work.
    static func stops(_ key: Key) -> Bool {
        key == .escape || key == .control("c")
    }
}
