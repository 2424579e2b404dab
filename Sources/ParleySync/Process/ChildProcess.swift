#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to its end and gives back its status and output. Started
/// with `posix_spawnp` in an environment given whole (nothing is inherited
/// that the caller did not put there); standard output and error are read
/// together, so a chatty child never blocks on a full pipe.
///
/// Why not swift-subprocess: its API is async only, and sync's lock scopes are
/// synchronous (docs/architecture.md, "ParleySync").
struct ChildProcess {
    enum Input {
        /// `/dev/null`: the child cannot ask anything.
        case nothing
        /// The terminal parley was started on, so git or ssh may ask for a password.
        case inherited
    }

    struct Result: Sendable {
        /// The exit status; 128 + the signal when a signal ended it.
        var status: Int32
        var output: [UInt8]
        var errorOutput: [UInt8]
        var succeeded: Bool { status == 0 }
    }

    /// Runs `program` (looked up in PATH) with `arguments`.
    /// Throws the `errno` of a child that could not be started.
    static func run(_ program: String, _ arguments: [String], environment: [String: String], input: Input) throws(ChildProcessError) -> Result {
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard pipe(&outPipe) == 0 else { throw ChildProcessError(program: program, code: errno) }
        guard pipe(&errPipe) == 0 else {
            let code = errno
            close(outPipe[0]); close(outPipe[1])
            throw ChildProcessError(program: program, code: code)
        }
        // Our ends must not leak into other children started meanwhile.
        for fd in [outPipe[0], errPipe[0]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if case .nothing = input { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, outPipe[1])
        posix_spawn_file_actions_addclose(&actions, errPipe[1])

        // Default signal handling in the child, whatever parley ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // posix_spawnp looks the program up in parley's own PATH, which the
        // clean environment passes on unchanged (GitEnvironment).
        var pid: pid_t = 0
        let started = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        close(outPipe[1])
        close(errPipe[1])
        guard started == 0 else {
            close(outPipe[0]); close(errPipe[0])
            throw ChildProcessError(program: program, code: started)
        }
        let (output, errorOutput) = readBoth(outPipe[0], errPipe[0])
        close(outPipe[0])
        close(errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED and friends are macros Swift cannot see.
        let signal = status & 0x7F
        return Result(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, output: output, errorOutput: errorOutput)
    }

    /// Reads two pipes to their ends at once.
    private static func readBoth(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
        var results: [[UInt8]] = [[], []]
        var fds = [pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0)]
        var open = 2
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while open > 0 {
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for i in fds.indices where fds[i].fd >= 0 && fds[i].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fds[i].fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    fds[i].fd = -1  // poll ignores negative descriptors
                    open -= 1
                } else {
                    results[i] += buffer[0..<count]
                }
            }
        }
        return (results[0], results[1])
    }
}

/// A program that could not be started (not installed, not executable).
struct ChildProcessError: Error, Equatable, Sendable {
    var program: String
    var code: Int32
}
