#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file, held until the value goes away.
///
/// The lock file is a stable sidecar, never the data file: the data file is
/// replaced by a rename, and a lock on the old inode would not exclude a writer
/// that opened the new one. The lock file is never removed for the same reason.
/// The kernel releases the lock when the process dies, even by SIGKILL.
public struct FileLock: ~Copyable {
    private let fd: Int32
    public let path: String

    /// Takes the lock, creating the file when needed. Waits at most `timeout`
    /// for another holder; then throws with code `EWOULDBLOCK`.
    /// `cancellation`: checked between tries; once cancelled the wait stops
    /// and throws with code `ECANCELED`. `waiting`: called once, when the
    /// first try finds the lock held (so a screen can say it is waiting).
    public init(exclusive path: String, timeout: Duration, cancellation: Cancellation? = nil,
                waiting: () -> Void = {}) throws(FileSystemError) {
        // Read-only is enough for flock, so a lock file created by another user
        // of a shared library can still be locked by this one.
        //
        // Never through a link and never anything but a regular file: a lock
        // file planted as a symlink would make parley create a file wherever
        // it points (as root, too), and one planted as a FIFO would hang it.
        let fd: Int32
        do {
            fd = try FileSystem.openRegularFile(path, links: .refuse, create: true)
        } catch {
            var failure = error
            failure.operation = .createLockFile
            throw failure
        }

        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var pause: UInt32 = 1_000  // microseconds; doubled up to `longestPause`
        let longestPause: UInt32 = 5_000
        // Polling with LOCK_NB rather than blocking: a writer that is stopped
        // (Ctrl-Z) while holding the lock must not hang every other parley forever.
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code != EWOULDBLOCK || clock.now >= deadline {
                close(fd)
                throw FileSystemError(path: path, operation: .lock, code: code)
            }
            if !told {
                told = true
                waiting()
            }
            if cancellation?.isCancelled == true {
                close(fd)
                throw FileSystemError(path: path, operation: .lock, code: ECANCELED)
            }
            usleep(pause)
            pause = min(pause * 2, longestPause)
        }
        self.fd = fd
        self.path = path
    }

    deinit {
        // Closing the descriptor releases the lock.
        close(fd)
    }
}
