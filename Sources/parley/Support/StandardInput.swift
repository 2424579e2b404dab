#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import ParleyKit

/// Reading a reaction from standard input, typed or piped, without losing it
/// to a hang-up: while parley reads, SIGHUP and SIGTERM end the reading instead
/// of the process, so what was read so far can be kept as a draft.
enum StandardInput {
    enum Result {
        case complete(String)
        /// A hang-up or termination arrived first; the text read until then.
        case interrupted(String)
        /// More than the limit: not a reaction.
        case tooLong
        case failed(FileSystemError)
    }

    static let stopSignals = [SIGHUP, SIGTERM]

    /// All of standard input as text (invalid UTF-8 becomes U+FFFD).
    ///
    /// The stop signals get a handler that does nothing and stay blocked except
    /// inside `pselect`, which unblocks them atomically: a signal that arrives at
    /// any moment makes the next wait return EINTR and is never missed. The
    /// handler stays for the rest of the run (a few milliseconds of posting or
    /// keeping the draft), so a late signal cannot kill parley half-way.
    static func read(limit: Int) -> Result {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signal in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            sigaddset(&blocked, signal)
        }
        var unblocked = sigset_t()
        sigprocmask(SIG_BLOCK, &blocked, &unblocked)
        defer { sigprocmask(SIG_SETMASK, &unblocked, nil) }

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            // FD_SET is a macro Swift cannot see: standard input is descriptor 0, the first bit.
            var ready = fd_set()
            ready.__fds_bits.0 = 1
            if pselect(STDIN_FILENO + 1, &ready, nil, nil, nil, &unblocked) < 0 {
                if errno == EINTR { return .interrupted(String(decoding: bytes, as: UTF8.self)) }
                return .failed(FileSystemError(path: "standard input", operation: .read, code: errno))
            }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                // A terminal that hung up reads as EIO: what came before it is kept.
                if errno == EIO { return .interrupted(String(decoding: bytes, as: UTF8.self)) }
                return .failed(FileSystemError(path: "standard input", operation: .read, code: errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .tooLong }
        }
        // A stop signal that came with the end of the input still means stop.
        var pending = sigset_t()
        sigpending(&pending)
        if stopSignals.contains(where: { sigismember(&pending, $0) == 1 }) {
            return .interrupted(String(decoding: bytes, as: UTF8.self))
        }
        return .complete(String(decoding: bytes, as: UTF8.self))
    }
}
