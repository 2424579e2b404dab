import Dispatch
import ParleyKit
import Synchronization

/// Carries out the effects that need no terminal (files, and whatever
/// injected services do) and answers them with events. The terminal loop
/// and the tests use the same runner, so a test sees what the real files
/// say; the loop keeps only what needs the terminal (`TerminalEffect`).
///
/// Slow work runs on a Dispatch queue: `run` answers with
/// `.backgroundStarted` at once, and the work's events (ending with
/// `.backgroundFinished`) wait in an outbox the loop empties with
/// `takeFinished()` between keys. Only the outbox is shared between
/// threads; the state and the screen stay on the loop's thread.
public final class EffectRunner: Sendable {
    private let files: FileEffects
    /// nil: no reading state is kept (`PARLEY_STATE=off`, or tests).
    private let reading: ReadingStateEffects?
    private let services: [any EffectService]
    private let jobs = BackgroundJobs()

    /// `environment`: where drafts and the config file live; `library`: whose drafts.
    /// `readingState`: the session the screen started with, nil for none.
    public init(environment: [String: String], library: LibraryKey, readingState: ReadingStateSession? = nil, services: [any EffectService] = []) {
        files = FileEffects(environment: environment, library: library)
        reading = readingState.map(ReadingStateEffects.init)
        self.services = services
    }

    /// What became of an effect.
    public enum Outcome: Sendable {
        /// Carried out (or started in the background); these events answer it now.
        case answered([Event])
        /// Only the terminal can carry it out: the loop does.
        case needsTerminal(TerminalEffect)
    }

    public func run(_ effect: Effect) -> Outcome {
        for service in services {
            switch service.plan(for: effect) {
            case nil: continue
            case .now(let work): return .answered(work())
            case .background(let work, let job): return .answered(start(work, job))
            }
        }
        switch effect {
        case .quit: return .needsTerminal(.quit)
        case .redraw: return .needsTerminal(.redraw)
        case .suspend: return .needsTerminal(.suspend)
        case .openEditor(let text): return .needsTerminal(.openEditor(text: text))
        case .sync:
            // Only the parley target can run git; without its service there is no sync.
            return .answered([.syncFailed(.unavailable)])
        case .openArticle(let folder, let slug):
            do {
                return .answered([.articleOpened(try Library.openEntry(folder: folder, slug: slug))])
            } catch {
                return .answered([.articleFailed(slug: slug, error: error)])
            }
        case .keepReadingState(let change, let existing):
            return .answered(reading?.keep(change, existing: existing) ?? [])
        case .rememberName(let name):
            return .answered(reading?.rememberName(name) ?? [])
        case .prepareComposer(let slug):
            return .answered([files.prepareComposer(slug: slug)])
        case .saveDraft(let slug, let draft):
            return .answered([files.saveDraft(draft, slug: slug)])
        case .postReaction(let folder, let slug, let input, let draft):
            // The draft is on disk before anything can wait on the lock.
            let saved = files.saveDraft(draft, slug: slug)
            let files = self.files
            let cancellation = Cancellation()
            let work = BackgroundWork.posting(slug: slug)
            jobs.keep(cancellation, for: work)
            return .answered([saved] + start(work) { report in
                [files.add(input, folder: folder, slug: slug, cancellation: cancellation) {
                    report(.postWaiting(slug: slug, file: ReactionStore(folder: folder, slug: slug).file,
                                        seconds: Int(ReactionStore.defaultLockTimeout.components.seconds)))
                }]
            })
        case .stopPosting(let slug):
            jobs.cancel(.posting(slug: slug))
            return .answered([])
        }
    }

    /// Stops every wait that can be stopped (a post waiting for a lock);
    /// work already writing finishes. For the end of parley: a signal
    /// should not wait ten seconds for someone else's lock.
    public func cancelWaits() {
        jobs.cancelAll()
    }

    /// Starts `work` on another thread; answers with `.backgroundStarted`.
    private func start(_ work: BackgroundWork, _ job: @escaping @Sendable () -> [Event]) -> [Event] {
        start(work) { _ in job() }
    }

    /// The same, for work that has something to say before it ends: what it
    /// passes to `report` reaches the loop at once, through the outbox.
    private func start(_ work: BackgroundWork, _ job: @escaping @Sendable (_ report: @Sendable (Event) -> Void) -> [Event]) -> [Event] {
        jobs.start(work, job)
        return [.backgroundStarted(work)]
    }

    /// Events of background work that finished since the last call, in the
    /// order it finished. Never waits.
    public func takeFinished() -> [Event] {
        jobs.takeFinished()
    }

    /// Whether background work is still running (the loop then looks for
    /// its answers often).
    public var isBusy: Bool { jobs.isBusy }

    /// Waits for all background work, then answers as `takeFinished`. For
    /// the end of parley and for tests.
    public func finishBackgroundWork() -> [Event] {
        jobs.waitForAll()
        return jobs.takeFinished()
    }
}

/// The effects only the terminal loop can carry out.
public enum TerminalEffect: Equatable, Sendable {
    case quit
    case redraw
    case suspend
    case openEditor(text: String)
}

/// Background work in flight and the events of work that finished.
private final class BackgroundJobs: Sendable {
    private struct Outbox {
        var running = 0
        var finished: [Event] = []
        /// How to stop the work that can be stopped, while it runs.
        var cancellations: [BackgroundWork: Cancellation] = [:]
    }

    private let outbox = Mutex(Outbox())
    private let group = DispatchGroup()
    private let queue = DispatchQueue(label: "parley.background", attributes: .concurrent)

    func start(_ work: BackgroundWork, _ job: @escaping @Sendable (_ report: @Sendable (Event) -> Void) -> [Event]) {
        outbox.withLock { $0.running += 1 }
        queue.async(group: group) {
            let events = job { event in self.outbox.withLock { $0.finished.append(event) } } + [.backgroundFinished(work)]
            self.outbox.withLock {
                $0.finished.append(contentsOf: events)
                $0.running -= 1
                $0.cancellations[work] = nil
            }
        }
    }

    /// `cancellation` stops `work` (until it finishes).
    func keep(_ cancellation: Cancellation, for work: BackgroundWork) {
        outbox.withLock { $0.cancellations[work] = cancellation }
    }

    func cancel(_ work: BackgroundWork) {
        outbox.withLock { $0.cancellations[work]?.cancel() }
    }

    func cancelAll() {
        outbox.withLock { $0.cancellations.values.forEach { $0.cancel() } }
    }

    func takeFinished() -> [Event] {
        outbox.withLock { outbox in
            defer { outbox.finished = [] }
            return outbox.finished
        }
    }

    var isBusy: Bool { outbox.withLock { $0.running > 0 } }

    func waitForAll() { group.wait() }
}
