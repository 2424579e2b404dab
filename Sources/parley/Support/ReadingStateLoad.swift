import Glibc
import ParleyKit
import ParleyUI
import Synchronization

/// The reading state, read on a thread of its own while this one reads the
/// library: the two are separate files, and the state of a big library
/// (up to 1 MB for 1,000 articles) would otherwise come before the first
/// screen (docs/performance.md, "What the reading state costs").
///
/// A thread of its own, not a Dispatch queue: libdispatch starts its
/// worker threads when it sees fit, and a load that waited tens of
/// milliseconds for one would cost more than it saves.
final class ReadingStateLoad: Sendable {
    typealias Loaded = (session: ReadingStateSession, notice: ReadingStateNotice?)

    private let environment: [String: String]
    private let library: LibraryKey
    private let loaded = Mutex<Loaded?>(nil)
    private let thread = Mutex<pthread_t?>(nil)

    /// Starts reading `library`'s state; nil when no state is kept
    /// (`PARLEY_STATE=off`).
    static func start(library: LibraryKey) -> ReadingStateLoad? {
        guard !ReadingStateStore.isOff(Process.environment) else { return nil }
        let load = ReadingStateLoad(environment: Process.environment, library: library)
        load.begin()
        return load
    }

    private init(environment: [String: String], library: LibraryKey) {
        self.environment = environment
        self.library = library
    }

    private func begin() {
        var handle = pthread_t()
        // The thread holds the load until it has stored the result.
        let context = Unmanaged.passRetained(self).toOpaque()
        let started = pthread_create(&handle, nil, { context in
            guard let context else { return nil }
            let load = Unmanaged<ReadingStateLoad>.fromOpaque(context).takeRetainedValue()
            load.run()
            return nil
        }, context)
        if started == 0 {
            thread.withLock { $0 = handle }
        } else {
            // No thread to be had: read it here, as before there was one.
            Unmanaged<ReadingStateLoad>.fromOpaque(context).release()
            run()
        }
    }

    private func run() {
        let result = ReadingStateSession.load(environment: environment, library: library)
        loaded.withLock { $0 = result }
    }

    /// The state, once it is read.
    func wait() -> Loaded {
        if let handle = thread.withLock({ thread in defer { thread = nil }; return thread }) {
            pthread_join(handle, nil)
        }
        return loaded.withLock { result in
            guard let result else {
                // The thread is joined (or the load ran here) before this.
                preconditionFailure("the reading state's load ended without a result")
            }
            return result
        }
    }

    /// When the command fails before it uses the state: a notice about it
    /// (a damaged file moved aside) still reaches the user, on stderr.
    func reportNotice(_ ui: Catalogue) {
        if let notice = wait().notice {
            Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.readingStateNotice(notice)) + "\n")
        }
    }
}
