import CNCursesW
import Glibc
import ParleyKit
import ParleyUI

/// How the loop ended.
public enum TerminalExit: Equatable, Sendable {
    /// `q` or `Q`: exit status 0.
    case quit
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT arrived.
    case signal(Int32)
    /// The terminal went away (a dropped connection) without a signal.
    case terminalClosed

    /// After the terminal is restored: dies of the signal that ended parley,
    /// so the shell sees the usual status; returns for `.quit`.
    public func finish() {
        let number: Int32
        switch self {
        case .quit: return
        case .signal(let signal): number = signal
        case .terminalClosed: number = SIGHUP
        }
        SignalFlags.uninstall()
        raise(number)
        exit(128 + number)
    }
}

/// The event loop: input to events, events through `update`, effects
/// carried out, the state drawn. It owns nothing but the wiring; all
/// behaviour is in `update` and the views.
public struct TerminalLoop {
    private let session: TerminalSession
    private var state: AppState
    private var painter: ScreenPainter
    private var backend: TerminalBackend
    private var input: InputReader
    private var decoder = InputDecoder()
    private var grid: CellGrid
    private var quietMilliseconds = 0
    private let runner: EffectRunner
    private let editor: ExternalEditor

    /// How long one wait for input lasts: the longest a signal can wait to be noticed.
    static let pollMilliseconds: Int32 = 250
    /// After Esc, how long to wait for the rest of a sequence before taking it as the Esc key.
    static let sequenceMilliseconds: Int32 = 30
    /// How long one wait for input lasts while background work runs: how
    /// late its answer may be shown.
    static let busyPollMilliseconds: Int32 = 50
    /// Quiet time before a tick: a draft is saved this soon after typing stops.
    static let tickMilliseconds = 500

    /// `environment`: where drafts and the config file live, and the editor;
    /// `library`: whose drafts and reading state.
    /// `services`: work for effects that ParleyUI cannot do itself.
    public init(session: TerminalSession, state: AppState, environment: [String: String], library: LibraryKey,
                readingState: ReadingStateSession? = nil, services: [any EffectService] = []) {
        self.session = session
        self.state = state
        painter = ScreenPainter(unicode: session.appearance.unicode)
        backend = TerminalBackend(session: session)
        input = InputReader(descriptor: session.inputDescriptor)
        grid = CellGrid(size: state.size)
        runner = EffectRunner(environment: environment, library: library, readingState: readingState, services: services)
        editor = ExternalEditor(environment: environment)
    }

    /// `completing`: when the first state stands in for one still being
    /// made (an article's beginning, `ArticleOpening`), makes that one once
    /// the first screen is on the terminal; it replaces the first before
    /// any key is read, and its error ends the loop with nothing else shown.
    public mutating func run(completing: (() throws -> AppState)? = nil) throws -> TerminalExit {
        if state.size != session.size { _ = update(&state, .resize(session.size)) }
        draw()
        if let completing {
            state = try completing()
            if state.size != session.size { _ = update(&state, .resize(session.size)) }
            // The same screen, made from the whole: ncurses finds nothing to write.
            draw()
        }
        while true {
            let signals = SignalFlags.take()
            if let ending = SignalFlags.terminating.first(where: signals.contains) {
                saveBeforeLeaving()
                return .signal(ending)
            }
            // Secure mode has no shell to go back to: a SIGTSTP (raw mode makes
            // Ctrl-Z a key, so only a process can send one) stops nothing.
            if signals.contains(SIGTSTP) && !state.isSecure { suspend() }
            if signals.contains(SIGCONT) { redrawAll() }

            let finished = runner.takeFinished()
            if !finished.isEmpty {
                if let exit = dispatch(finished) { return exit }
                draw()
            }

            // With work to do while nothing is typed, only look for input, do not wait for it.
            // A long command goes on a slice at a time, so Esc or Ctrl-C between slices stops it.
            let working = !decoder.isInSequence && state.isWorking
            let readingAhead = !working && !decoder.isInSequence && state.hasIdleWork
            let idleWait = runner.isBusy ? Self.busyPollMilliseconds : Self.pollMilliseconds
            let timeout = decoder.isInSequence ? Self.sequenceMilliseconds : (readingAhead || working) ? 0 : idleWait
            var events: [Event] = []
            let result = input.read(timeoutMilliseconds: timeout)
            if case .timeout = result {} else { quietMilliseconds = 0 }
            switch result {
            case .character(let scalar): events = decoder.feed(scalar)
            case .key(let key): events = decoder.feed(key)
            case .wheel(let direction): events = [.wheel(direction)]
            case .resize:
                events = [.resize(session.size)]
                painter.invalidate()
                session.invalidate()
            case .timeout where working:
                events = [.continueWork]
            case .timeout where readingAhead:
                // Laying out ahead changes nothing on screen: nothing to draw.
                _ = update(&state, .idle)
                continue
            case .timeout:
                events = decoder.idle(milliseconds: Int(timeout))
                quietMilliseconds += Int(timeout)
                if quietMilliseconds >= Self.tickMilliseconds {
                    quietMilliseconds = 0
                    events.append(.tick)
                }
            case .ignored:
                continue
            case .closed:
                saveBeforeLeaving()
                return .terminalClosed
            }
            guard !events.isEmpty else { continue }
            if let exit = dispatch(events) { return exit }
            draw()
        }
    }

    /// Runs events through `update` and carries out the effects, including
    /// the events effects answer with. Returns how to exit, if it is time.
    private mutating func dispatch(_ events: [Event]) -> TerminalExit? {
        var queue = events
        while !queue.isEmpty {
            let event = queue.removeFirst()
            for effect in update(&state, event) {
                switch runner.run(effect) {
                case .answered(let answers):
                    queue.append(contentsOf: answers)
                case .needsTerminal(.quit):
                    saveBeforeLeaving()
                    return .quit
                case .needsTerminal(.redraw):
                    redrawAll()
                case .needsTerminal(.suspend):
                    suspend()
                case .needsTerminal(.openEditor(let text)):
                    queue.append(editor.edit(text, session: session))
                    painter.invalidate()
                }
            }
        }
        return nil
    }

    /// Before parley ends, whatever the reason: a post still waiting for
    /// another writer's lock stops waiting (its text is in the draft), a
    /// post already writing finishes, and what is typed is saved (and
    /// fsynced) as the draft. Only file effects run now; the screen is
    /// about to go.
    private mutating func saveBeforeLeaving() {
        runner.cancelWaits()
        for event in runner.finishBackgroundWork() {
            _ = update(&state, event)
        }
        for effect in update(&state, .ending) {
            switch effect {
            case .saveDraft, .keepReadingState: _ = runner.run(effect)
            default: break
            }
        }
    }

    private mutating func draw() {
        AppView.draw(state, into: &grid)
        painter.paint(grid, to: &backend)
        backend.present()
    }

    private mutating func redrawAll() {
        painter.invalidate()
        session.invalidate()
    }

    private mutating func suspend() {
        session.suspend()
        painter.invalidate()
        draw()
    }
}
