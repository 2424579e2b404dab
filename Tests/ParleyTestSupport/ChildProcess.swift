import Foundation

/// A program started without waiting for it, so a test can run several at once
/// or kill one at a chosen moment. Started with posix_spawn and reaped only by
/// `wait()`: nothing else can reap it, so its pid cannot be reused before the
/// test signals it.
public final class ChildProcess {
    public let pid: pid_t
    private let outputFD: Int32
    private let inputFD: Int32?

    public struct Ending: Equatable, Sendable {
        /// The exit status, nil when a signal ended it.
        public var status: Int32?
        /// The signal that ended it, nil when it exited.
        public var signal: Int32?
        public var stdout: String
        public var succeeded: Bool { status == 0 }
    }

    /// Starts `executable` with the test environment plus `environment`; stdout
    /// is captured, stderr discarded; stdin is /dev/null unless `keepStdinOpen`
    /// (then `writeToStdin` feeds it).
    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], keepStdinOpen: Bool = false) throws {
        var output: [Int32] = [0, 0]
        var input: [Int32] = [0, 0]
        guard pipe(&output) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if keepStdinOpen, pipe(&input) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        // Close-on-exec: children started in parallel by other tests must not
        // hold these pipes open (reading to the end would wait for them too).
        for fd in output + (keepStdinOpen ? input : []) { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if keepStdinOpen {
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(output[1])
        if keepStdinOpen { close(input[0]) }
        guard result == 0 else {
            close(output[0])
            if keepStdinOpen { close(input[1]) }
            throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO)
        }
        self.pid = pid
        self.outputFD = output[0]
        self.inputFD = keepStdinOpen ? input[1] : nil
    }

    /// Starts the built parley with the same clean locale as `TestSupport.parley`.
    public convenience init(parley arguments: [String], library: URL, environment: [String: String] = [:], keepStdinOpen: Bool = false) throws {
        var env = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PARLEY_LIBRARY": library.path]
        for (key, value) in environment { env[key] = value }
        try self.init(TestSupport.parleyBinary.path, arguments, environment: env, keepStdinOpen: keepStdinOpen)
    }

    public func writeToStdin(_ text: String) {
        guard let inputFD else { return }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
    }

    /// Bytes written to stdin that the program has not read yet.
    public var unreadStdin: Int {
        guard let inputFD else { return 0 }
        var count: Int32 = 0
        _ = ioctl(inputFD, UInt(FIONREAD), &count)
        return Int(count)
    }

    /// Whether it has ended, without reaping it (so its pid stays its own).
    public var hasEnded: Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    public func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Reads stdout to the end, then reaps the program.
    public func wait() -> Ending {
        if let inputFD { close(inputFD) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(outputFD, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        close(outputFD)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED and friends are macros Swift cannot see.
        let signal = status & 0x7F
        let stdout = String(decoding: data, as: UTF8.self)
        if signal == 0 { return Ending(status: (status >> 8) & 0xFF, signal: nil, stdout: stdout) }
        return Ending(status: nil, signal: signal, stdout: stdout)
    }
}
