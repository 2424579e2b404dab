import Glibc
import ParleyKit
import ParleyTerminal
import ParleyUI

/// The state the app starts with.
enum FirstState {
    case complete(AppState)
    /// Made from an article's first questions and showing what the whole
    /// would (`AppState.showsOnlyQuestionsLaidOut`): painted first, then
    /// replaced by `whole()` before any key.
    case beginning(AppState, whole: () throws -> AppState)
}

/// Opens the full-screen app on the terminal and runs it until the user
/// quits or a signal ends it; the terminal is restored on every way out.
enum ScreenRunner {
    /// `startAtTop`: `parley read SLUG --top`. The reading state is the
    /// one `readingState` reads (nil: none is kept, `PARLEY_STATE=off`, or
    /// it is read here), handed to the state and the loop.
    static func run(ui: Catalogue, library: LibraryKey, startAtTop: Bool = false, readingState: ReadingStateLoad? = nil,
                    makeState: (GridSize, Appearance, ReadingStart?) throws -> FirstState) throws {
        // A state already being read may be moved aside: said even when the config fails.
        let settings = try ReadingStateLoad.alongside(readingState, ui: ui) { try ScreenSettings.load(ui: ui) }
        var reading: ReadingStateSession?
        var start: ReadingStart?
        if let (session, notice) = (readingState ?? ReadingStateLoad.start(library: library))?.wait() {
            reading = session
            start = ReadingStart(state: session.state, notice: notice, startAtTop: startAtTop)
        }
        let session: TerminalSession
        do {
            session = try TerminalSession.start(environment: Process.environment)
        } catch {
            throw CommandFailure(error.message(ui))
        }
        let services: [any EffectService] = [SyncService(environment: Process.environment, program: Process.executablePath)]
        let isSecure = SecureMode.isOn(environment: Process.environment)
        func secured(_ state: AppState) -> AppState {
            var state = state
            state.isSecure = isSecure
            return state
        }
        // Every failure from here on is said with the terminal restored.
        func restoringTheTerminal<T>(_ body: () throws -> T) throws -> T {
            do {
                return try body()
            } catch {
                session.stop()
                throw error
            }
        }
        let first = try restoringTheTerminal { try makeState(session.size, session.appearance.with(settings), start) }
        let state: AppState
        var completing: (() throws -> AppState)?
        switch first {
        case .complete(let complete):
            state = complete
        case .beginning(let beginning, let whole):
            state = beginning
            completing = { secured(try whole()) }
        }
        var loop = TerminalLoop(session: session, state: secured(state), environment: Process.environment,
                                library: library, readingState: reading, services: services)
        // An article whose rest cannot be read ends it too.
        let exit = try restoringTheTerminal { try loop.run(completing: completing) }
        session.stop()
        exit.finish()
        // Quit with the terminal restored and every effect carried out: leave
        // now rather than free a long article's layout object by object
        // (a fifth of a second for 10 MB; docs/performance.md). The loop
        // holds the layout: kept alive to the end, not freed before `exit`.
        withExtendedLifetime(loop) { Glibc.exit(0) }
    }
}
