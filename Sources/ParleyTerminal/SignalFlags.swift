import Glibc
import Synchronization

/// Signals that arrived and are not handled yet, one bit per signal number.
/// The handlers only set bits (endwin, allocation and file I/O are not
/// async-signal-safe); the event loop reads them between inputs.
private let pendingSignals = Atomic<UInt64>(0)

/// What the terminal looked like before parley changed it, for the crash
/// handler, which cannot ask ncurses (written once before it is installed).
nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var savedModesDescriptor: Int32 = -1

enum SignalFlags {
    /// Signals that end parley: the loop restores the terminal, then dies of the signal.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes: restore what can be restored without ncurses, then crash as before.
    static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Installs the flag handlers. Done before ncurses starts, so ncurses
    /// sees them and does not install its own (it would call endwin inside
    /// a handler). SIGWINCH stays ncurses': it turns resizes into KEY_RESIZE.
    static func install(terminalDescriptor: Int32) {
        if tcgetattr(terminalDescriptor, &savedModes) == 0 {
            savedModesDescriptor = terminalDescriptor
        }
        for signal in terminating + [SIGTSTP, SIGCONT] {
            setHandler(signal) { number in
                pendingSignals.bitwiseOr(1 << UInt64(number), ordering: .sequentiallyConsistent)
            }
        }
        for signal in crashes {
            setHandler(signal, flags: Int32(bitPattern: UInt32(SA_RESETHAND))) { number in
                restoreAfterCrash()
                raise(number)
            }
        }
        // A launcher may have left signals blocked; then a hang-up would never
        // arrive and resizes would never be seen.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in terminating + [SIGTSTP, SIGCONT, SIGWINCH] + crashes {
            sigaddset(&handled, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Puts the default actions back (before dying of a signal on purpose).
    static func uninstall() {
        for signal in terminating + [SIGTSTP, SIGCONT] + crashes {
            Glibc.signal(signal, SIG_DFL)
        }
    }

    /// Takes and clears the pending signals.
    static func take() -> Set<Int32> {
        let bits = pendingSignals.exchange(0, ordering: .sequentiallyConsistent)
        guard bits != 0 else { return [] }
        return Set((1 ..< 64).filter { bits & (1 << UInt64($0)) != 0 }.map(Int32.init))
    }

    /// Forgets `signals` if they are pending.
    static func discard(_ signals: [Int32]) {
        let bits = signals.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
        pendingSignals.bitwiseAnd(~bits, ordering: .sequentiallyConsistent)
    }

    /// Stops the process as the shell expects for Ctrl-Z, and returns when
    /// it is continued.
    static func stopUntilContinued() {
        Glibc.signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        setHandler(SIGTSTP) { number in
            pendingSignals.bitwiseOr(1 << UInt64(number), ordering: .sequentiallyConsistent)
        }
    }

    private static func setHandler(_ signal: Int32, flags: Int32 = 0, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a signal interrupts the wait for input, so the loop sees it at once.
        action.sa_flags = flags
        sigaction(signal, &action, nil)
    }
}

/// Async-signal-safe only: tcsetattr and write of constant bytes.
private func restoreAfterCrash() {
    guard savedModesDescriptor >= 0 else { return }
    _ = tcsetattr(savedModesDescriptor, TCSANOW, &savedModes)
    // Bracketed paste and mouse off, attributes reset, cursor shown, main screen back.
    let reset: StaticString = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
    _ = write(savedModesDescriptor, reset.utf8Start, reset.utf8CodeUnitCount)
}
