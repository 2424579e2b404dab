import Synchronization

/// A request, from another thread, to stop a wait: the screen's Esc while a
/// post waits for a reactions file's lock. The waiting side polls it (the
/// lock wait does, between tries), so setting it never interrupts anything
/// half done; whoever waits decides where it may still stop.
public final class Cancellation: Sendable {
    private let cancelled = Atomic<Bool>(false)

    public init() {}

    /// Asks the wait to stop. Harmless when it has already finished.
    public func cancel() {
        cancelled.store(true, ordering: .sequentiallyConsistent)
    }

    public var isCancelled: Bool {
        cancelled.load(ordering: .sequentiallyConsistent)
    }
}
