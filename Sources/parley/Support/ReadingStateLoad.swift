import Dispatch
import ParleyKit
import ParleyUI
import Synchronization

/// The reading state, read on a thread of its own while this one reads the
/// library: the two are separate files, and the state of a big library
/// (up to 1 MB for 1,000 articles) would otherwise come before the first
/// screen (docs/performance.md, "What the reading state costs").
final class ReadingStateLoad: Sendable {
    typealias Loaded = (session: ReadingStateSession, notice: ReadingStateNotice?)

    private let loaded = Mutex<Loaded?>(nil)
    private let group = DispatchGroup()

    /// Starts reading `library`'s state; nil when no state is kept
    /// (`PARLEY_STATE=off`).
    static func start(library: LibraryKey) -> ReadingStateLoad? {
        ReadingStateStore.isOff(Process.environment) ? nil : ReadingStateLoad(library: library)
    }

    private init(library: LibraryKey) {
        let environment = Process.environment
        DispatchQueue.global(qos: .userInteractive).async(group: group) { [self] in
            let result = ReadingStateSession.load(environment: environment, library: library)
            loaded.withLock { $0 = result }
        }
    }

    /// The state, once it is read.
    func wait() -> Loaded {
        group.wait()
        return loaded.withLock { result in
            guard let result else {
                // The group is left only after the block that stores the result.
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
