import ParleyKit

/// Makes a clone merge reactions files with `parley merge-reactions`: the
/// driver in the clone's git config, and in the library folder a
/// `.gitattributes` that names it and a `.gitignore` for parley's lock and
/// temporary files (both committed with the next sync). Idempotent: changes
/// nothing when all is in place.
enum DriverSetup {
    static let driverName = "parley-reactions"
    static let attributesLine = "*.reactions.json merge=parley-reactions"
    static let ignoredLines = [".*.reactions.lock", ".*.tmp"]

    /// The driver line for git: the absolute path of this parley, quoted for
    /// the shell git runs it with.
    static func driverCommand(program: String) -> String {
        let quoted = "'" + program.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return quoted + " merge-reactions %O %A %B %P"
    }

    static func ensure(_ git: Git, folder: String, program: String) throws(SyncError) {
        let command = driverCommand(program: program)
        if try git.value(["config", "--local", "merge.\(driverName).driver"]) != command {
            try git.succeed(["config", "--local", "merge.\(driverName).driver", command])
        }
        let name = "parley: reactions merged by id (docs/sync.md)"
        if try git.value(["config", "--local", "merge.\(driverName).name"]) != name {
            try git.succeed(["config", "--local", "merge.\(driverName).name", name])
        }
        try ensureLines([attributesLine], in: FileSystem.join(folder, ".gitattributes"))
        try ensureLines(ignoredLines, in: FileSystem.join(folder, ".gitignore"))
    }

    /// Appends the lines a file lacks (creating it when needed).
    private static func ensureLines(_ lines: [String], in path: String) throws(SyncError) {
        var text = ""
        do {
            text = String(decoding: try FileSystem.readFile(path), as: UTF8.self)
        } catch {
            if !error.isNotFound { throw .reactions(.writeFailed(file: path, error)) }
        }
        let present = Set(text.split(separator: "\n").map { String($0).trimmedSpace })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += missing.joined(separator: "\n") + "\n"
        do {
            try AtomicFile.write(Array(text.utf8), to: path, permissions: .keepExisting)
        } catch {
            throw .reactions(.writing(path, error))
        }
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// Without spaces, tabs and CRs at either end.
    var trimmedSpace: String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
