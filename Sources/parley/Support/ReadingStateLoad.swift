import Glibc
import ParleyKit
import ParleyUI
import Synchronization

/// The reading state, read on a thread of its own while this one reads the
/// library: the two are separate files, and the state of a big library
/// (up to 1 MB for 1,000 articles) would otherwise come before the first
/// screen (docs/performance.md, "What the reading state costs").
///
/// A plain thread rather than a Dispatch queue: it starts at once, and it
/// brings no pool or manager thread for one piece of work.
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

    /// `load` (reading the library) while the state is read: when it fails,
    /// the state's notice (a damaged file moved aside) still reaches the
    /// user, on stderr, before the failure itself.
    static func alongside<Value>(_ state: ReadingStateLoad?, ui: Catalogue, _ load: () throws -> Value) throws -> Value {
        do {
            return try load()
        } catch {
            if let state { report(state.wait().notice, ui: ui) }
            throw error
        }
    }

    /// A notice about the state, on stderr, for a command without a screen.
    static func report(_ notice: ReadingStateNotice?, ui: Catalogue) {
        if let notice {
            Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.readingStateNotice(notice)) + "\n")
        }
    }
}
