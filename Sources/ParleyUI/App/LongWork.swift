/// A reader key whose command waits for a long layout (`ReaderState+LongWork`):
/// run again at each `Event.continueWork` until what it needs is laid out.
/// Keys typed meanwhile wait in `queued` and run afterwards, in order; `Esc`
/// and `Ctrl-C` stop it (fixed, like an interrupt: they are not in the key
/// table, and `Ctrl-C` quits only when nothing runs).
public struct LongWork: Sendable {
    var key: Key
    var queued: [Event] = []

    /// The keys that stop the work.
    static func stops(_ key: Key) -> Bool {
        key == .escape || key == .control("c")
    }
}
