import ParleyKit

/// The real `git`, run in one folder with a clean environment.
public struct Git: Sendable {
    /// The folder git runs in (`git -C`): the library folder.
    public var folder: String
    public var environment: [String: String]
    /// Whether git and ssh may ask for a password on parley's terminal.
    public var prompts: Bool
    /// In a repository shared by a group (`core.sharedRepository`): files git
    /// writes into the work tree must be writable by the group too, whatever
    /// the user's umask.
    var groupWritable = false
    /// `-c` settings for every command.
    var settings: [String] = []

    public init(folder: String, inheritedEnvironment: [String: String], prompts: Bool) {
        self.folder = folder
        self.environment = GitEnvironment.make(from: inheritedEnvironment, prompts: prompts)
        self.prompts = prompts
    }

    struct Output {
        var status: Int32
        var text: String
        var bytes: [UInt8]
        var errorText: String
        var succeeded: Bool { status == 0 }

        /// git's last `fatal:`/`error:` line, or its last line: what to show a person.
        var errorLine: String {
            let lines = errorText.split(separator: "\n").map { String($0) }.filter { !$0.trimmedSpace.isEmpty }
            return lines.last(where: { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") }) ?? lines.last ?? "exit status \(status)"
        }
    }

    /// Runs `git arguments…`; a git that ran and failed is an `Output` too.
    func run(_ arguments: [String]) throws(SyncError) -> Output {
        let full = ["-C", folder] + settings.flatMap { ["-c", $0] } + arguments
        let result: ChildProcess.Result
        do {
            if groupWritable {
                // posix_spawn cannot set the child's umask; sh can, just before exec.
                result = try ChildProcess.run("/bin/sh", ["-c", "umask g+w && exec git \"$@\"", "git"] + full, environment: environment, input: prompts ? .inherited : .nothing)
            } else {
                result = try ChildProcess.run("git", full, environment: environment, input: prompts ? .inherited : .nothing)
            }
        } catch {
            throw .gitNotStarted(code: error.code)
        }
        return Output(status: result.status, text: String(decoding: result.output, as: UTF8.self), bytes: result.output, errorText: String(decoding: result.errorOutput, as: UTF8.self))
    }

    /// Runs `git arguments…` and gives its output; a failure is `SyncError.git`.
    @discardableResult
    func succeed(_ arguments: [String]) throws(SyncError) -> Output {
        let output = try run(arguments)
        guard output.succeeded else { throw Self.failure(arguments, output) }
        return output
    }

    /// The output without its last newline, nil when git failed (a config
    /// key not set, a ref not there).
    func value(_ arguments: [String]) throws(SyncError) -> String? {
        let output = try run(arguments)
        guard output.succeeded else { return nil }
        var text = output.text
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// NUL-separated names (`-z` output).
    func names(_ arguments: [String]) throws(SyncError) -> [String] {
        try succeed(arguments).text.split(separator: "\0").map(String.init)
    }

    static func failure(_ arguments: [String], _ output: Output) -> SyncError {
        if output.errorText.contains("Please tell me who you are") || output.errorText.contains("empty ident name") {
            return .noIdentity
        }
        let command = "git " + (arguments.first(where: { !$0.hasPrefix("-") }) ?? "")
        return .git(command: command, message: output.errorLine)
    }
}
