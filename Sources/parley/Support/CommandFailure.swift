import ArgumentParser
import ParleyUI

/// A content or I/O error: one line on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` into one clear line on stderr and
    /// exit status 1 (usage errors keep ArgumentParser's 64).
    func reportingFailures(_ body: () throws -> Void) throws {
        try reportingCommandFailures(body)
    }
}

/// `ParsableCommand.reportingFailures`, for code that runs without a command value (`QuickInvocation`).
func reportingCommandFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        Process.writeError("parley: " + Sanitizer.sanitizeLine(failure.message) + "\n")
        throw ExitCode(1)
    }
}
