import Foundation

/// A lock held by another process: `flock --no-fork FILE cat`, one process
/// holding the lock, released by killing it (closing its input would not do:
/// a tmux server started meanwhile inherits the pipe and keeps it open).
public final class LockHolder {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    public init(_ lockFile: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // `flock` prints nothing; the child says it holds the lock with `echo`.
        process.arguments = ["--exclusive", "--no-fork", lockFile, "sh", "-c", "echo held; exec cat"]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Held once the child says so.
        let said = output.fileHandleForReading.availableData
        guard String(decoding: said, as: UTF8.self).hasPrefix("held") else {
            throw LockHolder.Failure(description: "flock did not take \(lockFile)")
        }
    }

    public func release() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { release() }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }
}
