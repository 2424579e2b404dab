import Glibc
import ParleyKit
import ParleyUI

/// Continues the composer's text in the user's editor, as git and mail
/// clients do: the text goes into a private temporary file, the terminal is
/// handed over (`endwin`), `$VISUAL` (else `$EDITOR`, else `vi`) runs on the
/// file, and when it ends the terminal is taken back and repainted.
struct ExternalEditor {
    /// The editor as the user set it; may hold arguments (`code --wait`).
    let command: String
    private let folder: String

    init(environment: [String: String]) {
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) }
        command = chosen ?? "vi"
        let temporary = environment["TMPDIR"] ?? ""
        folder = temporary.hasPrefix("/") ? temporary : "/tmp"
    }

    func edit(_ text: String, session: TerminalSession) -> Event {
        // A trailing newline, as editors write one: one is taken off again.
        let original = text.isEmpty ? "" : text + "\n"
        let path: String
        do {
            path = try writeTemporaryFile(original)
        } catch {
            return .editorFailed(.file(error))
        }
        session.handOver()
        let ending = run(path, input: session.inputDescriptor)
        session.takeBack()

        let edited: String
        do {
            edited = String(decoding: try FileSystem.readFile(path), as: UTF8.self)
        } catch {
            unlink(path)
            return .editorFailed(.file(error))
        }
        let changed = edited != original
        switch ending {
        case .exited(0):
            unlink(path)
            return .editorFinished(text: edited.hasSuffix("\n") ? String(edited.dropLast()) : edited)
        case .exited(126):
            unlink(path)
            return .editorFailed(.cannotStart(command: command, why: .notExecutable))
        case .exited(127):
            unlink(path)
            return .editorFailed(.cannotStart(command: command, why: .notFound))
        case .exited(let status):
            // An abort (vi's :cq): the composer keeps its text, and what the
            // editor wrote is kept too, in case it was wanted after all.
            if !changed { unlink(path) }
            return .editorFailed(.failed(command: command, status: status, keptFile: changed ? path : nil))
        case .killed(let signal):
            if !changed { unlink(path) }
            return .editorFailed(.killed(command: command, signal: signal, keptFile: changed ? path : nil))
        case .notStarted(let code):
            unlink(path)
            return .editorFailed(.cannotStart(command: command, why: .system(code: code)))
        }
    }

    private enum Ending {
        case exited(Int32)
        case killed(Int32)
        case notStarted(Int32)
    }

    /// A new file, readable by the user only, that nobody else can have
    /// planted (mkstemps creates it with O_EXCL).
    private func writeTemporaryFile(_ text: String) throws(FileSystemError) -> String {
        var template = Array("\(folder)/parley-reaction-XXXXXX.txt".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemps(base, 4)
        }
        guard descriptor >= 0 else {
            throw FileSystemError(path: folder, operation: .createTemporaryFile, code: errno)
        }
        let path = template.withUnsafeBufferPointer { $0.baseAddress.map { String(cString: $0) } } ?? folder
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let error = FileSystemError(path: path, operation: .write, code: errno)
                unlink(path)
                throw error
            }
            bytes = bytes.dropFirst(written)
        }
        return path
    }

    /// Runs the editor through `sh -c`, so `EDITOR="code --wait"` works, and
    /// waits for it the way system(3) does: Ctrl-C and Ctrl-\ are the
    /// editor's while it runs, not parley's.
    private func run(_ path: String, input: Int32) -> Ending {
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var oldInterrupt = sigaction()
        var oldQuit = sigaction()
        sigaction(SIGINT, &ignore, &oldInterrupt)
        sigaction(SIGQUIT, &ignore, &oldQuit)
        defer {
            sigaction(SIGINT, &oldInterrupt, nil)
            sigaction(SIGQUIT, &oldQuit, nil)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != STDIN_FILENO { posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO) }
        // The editor starts with every signal at its default and none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
        guard spawned == 0 else { return .notStarted(spawned) }

        var status: Int32 = 0
        while true {
            if waitpid(pid, &status, WUNTRACED) < 0 {
                if errno == EINTR { continue }
                return .notStarted(errno)
            }
            // Stopped (Ctrl-Z in the editor): parley stops with it, as a
            // job does, and wakes it again when the shell continues parley.
            if status & 0xFF == 0x7F {
                SignalFlags.stopUntilContinued()
                kill(pid, SIGCONT)
                continue
            }
            break
        }
        // That stop and continue were the editor's; the loop must not suspend again.
        SignalFlags.discard([SIGTSTP, SIGCONT])
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .killed(signal)
    }
}
