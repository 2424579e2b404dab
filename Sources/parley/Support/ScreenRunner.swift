import Glibc
import ParleyKit
import ParleyTerminal
import ParleyUI

/// Opens the full-screen app on the terminal and runs it until the user
/// quits or a signal ends it; the terminal is restored on every way out.
enum ScreenRunner {
    /// `startAtTop`: `parley read SLUG --top`. The reading state is the
    /// one `readingState` reads (nil: none is kept, `PARLEY_STATE=off`, or
    /// it is read here), handed to the state and the loop.
    static func run(ui: Catalogue, library: LibraryKey, startAtTop: Bool = false, readingState: ReadingStateLoad? = nil,
                    makeState: (GridSize, Appearance, ReadingStart?) -> AppState) throws {
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
        var state = makeState(session.size, session.appearance.with(settings), start)
        state.isSecure = SecureMode.isOn(environment: Process.environment)
        var loop = TerminalLoop(session: session, state: state, environment: Process.environment,
                                library: library, readingState: reading, services: services)
        let exit = loop.run()
        session.stop()
        exit.finish()
        // Quit with the terminal restored and every effect carried out: leave
        // now rather than free a long article's layout object by object
        // (a fifth of a second for 10 MB; docs/performance.md).
        Glibc.exit(0)
    }
}
