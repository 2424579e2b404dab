import CNCursesW
import Glibc
import ParleyUI

/// One thing read from the terminal.
enum TerminalInput {
    case character(Unicode.Scalar)
    case key(Key)
    case wheel(WheelDirection)
    case resize
    /// Nothing came within the timeout.
    case timeout
    /// Something the app has no use for (a mouse click, an unknown key).
    case ignored
    /// The terminal is gone: hung up, end of file, or read errors.
    case closed
}

/// Reads input with `get_wch`, with a timeout so the loop can look at
/// signal flags, and notices a terminal that has gone away instead of
/// spinning on it.
struct InputReader {
    let descriptor: Int32
    /// Errors that came back at once, one after another.
    private var quickFailures = 0
    /// A live terminal almost never fails this often in a row without waiting.
    static let quickFailureLimit = 5

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    mutating func read(timeoutMilliseconds: Int32) -> TerminalInput {
        wtimeout(parley_stdscr(), timeoutMilliseconds)
        var value: wint_t = 0
        let started = Self.now()
        let result = wget_wch(parley_stdscr(), &value)
        switch result {
        case OK:
            quickFailures = 0
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return .ignored }
            return .character(scalar)
        case KEY_CODE_YES:
            quickFailures = 0
            return Self.translate(Int32(bitPattern: UInt32(value)))
        default:
            if hungUp() { return .closed }
            // A timeout waits; a dead terminal answers at once, every time.
            if Self.now() - started < Int64(timeoutMilliseconds) / 2 {
                quickFailures += 1
                if quickFailures >= Self.quickFailureLimit { return .closed }
            } else {
                quickFailures = 0
            }
            return .timeout
        }
    }

    /// The input side reports a hang-up or an error (a dropped ssh connection).
    private func hungUp() -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 0) >= 0 else { return errno != EINTR }
        return poller.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }

    private static func translate(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE:
            switch parley_read_wheel() {
            case -1: return .wheel(.up)
            case 1: return .wheel(.down)
            default: return .ignored
            }
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        default:
            for number in 1 ... 12 where code == parley_key_function(Int32(number)) {
                return .key(.function(number))
            }
            return .ignored
        }
    }
}
