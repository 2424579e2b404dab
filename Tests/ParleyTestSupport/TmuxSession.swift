import Foundation

/// A detached tmux server of its own (its own socket), running one session:
/// the way end-to-end tests type at a real terminal and read the screen.
/// Reads poll until the expected text shows, so a loaded machine only
/// makes a test slower, not flaky.
public final class TmuxSession {
    public let socket: String
    public let target = "parley-test"
    /// How long `waitFor` waits before failing.
    public var timeout: TimeInterval = 30

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `command` (default: a plain bash with the prompt `$ `, cleared) in a
    /// `width` x `height` terminal, with `environment` on top of a UTF-8 locale.
    public init(width: Int = 80, height: Int = 24, command: String? = nil, environment: [String: String] = [:]) throws {
        socket = "parley-test-\(UUID().uuidString.prefix(8))"
        // No reading state unless a test asks for it (PARLEY_STATE in
        // `environment`): screens stay as the test expects, and the real
        // user's state is never touched.
        var env = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_CTYPE": "", "LC_MESSAGES": "", "HISTFILE": "/dev/null", "TMUX": "", "PARLEY_STATE": "off"]
        for (key, value) in environment { env[key] = value }
        let shell = command ?? "exec bash --norc --noprofile"
        let started = try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", target, shell], environment: env)
        guard started.status == 0 else { throw Failure(description: "tmux new-session failed: \(started.stderr)") }
        // Keep the pane after its command ends, so its last screen can be read.
        _ = try tmux(["set-option", "-g", "remain-on-exit", "on"])
        if command == nil {
            // bash takes no PS1 from the environment; a short prompt keeps the screen predictable.
            try waitFor("the shell") { $0.contains { !$0.isEmpty } }
            try run("PS1='$ '; clear")
            try waitFor("the prompt") { $0.first == "$" }
        }
    }

    deinit {
        kill()
    }

    /// Runs tmux with its output in files, not pipes, and waits with
    /// waitpid: the server the first call starts inherits the client's
    /// descriptors and signal state, and Foundation's Process did not always
    /// see this client end.
    @discardableResult
    private func tmux(_ arguments: [String], environment: [String: String] = [:]) throws -> TestSupport.RunResult {
        let folder = FileManager.default.temporaryDirectory
        let outPath = folder.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        let errPath = folder.appendingPathComponent("tmux-\(UUID().uuidString).err").path
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ["tmux", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        // The test runner blocks signals in its threads; a tmux server (and
        // the shells and parley it runs) inheriting that mask would never
        // see SIGHUP or SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return TestSupport.RunResult(status: exitStatus, stdout: out, stderr: err)
    }

    /// Keys in tmux's names (`Enter`, `C-c`, `]`); each argument is one key or word.
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Text typed as is (no key names).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Types a shell command line and Enter.
    public func run(_ commandLine: String) throws {
        try type(commandLine)
        try send("Enter")
    }

    /// The screen, one string per row (trailing spaces removed by tmux).
    public func screen() throws -> [String] {
        let result = try tmux(["capture-pane", "-p", "-t", target])
        var lines = result.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A tmux format for the pane, e.g. `#{alternate_on}`.
    public func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Pastes `text` as a terminal would: bracketed when the program asked for it.
    public func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "parley-test", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "parley-test", "-t", target])
    }

    /// The names of tmux's paste buffers: a program that set the clipboard
    /// with OSC 52 (when `set-clipboard` is on) leaves one.
    public func bufferNames() throws -> [String] {
        try tmux(["list-buffers", "-F", "#{buffer_name}"]).stdout.split(separator: "\n").map(String.init)
    }

    /// A server-wide option (`set-option -g`).
    public func setOption(_ name: String, _ value: String) throws {
        try tmux(["set-option", "-g", name, value])
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until `condition` holds for the screen; returns that screen.
    @discardableResult
    public func waitFor(_ what: String, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n" + last.joined(separator: "\n"))
    }

    /// Waits until `text` is somewhere on the screen.
    @discardableResult
    public func waitFor(text: String) throws -> [String] {
        try waitFor("“\(text)”") { $0.contains { $0.contains(text) } }
    }

    /// Stops the server and everything running in it.
    public func kill() {
        _ = try? tmux(["kill-server"])
    }
}
