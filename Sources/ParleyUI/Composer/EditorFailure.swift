import ParleyKit

/// Why continuing in `$VISUAL` / `$EDITOR` did not bring text back. The
/// composer's text is unchanged in every case.
public enum EditorFailure: Equatable, Sendable {
    /// The temporary file for the editor could not be written or read back.
    case file(FileSystemError)
    /// The editor could not be started (the command and why).
    case cannotStart(command: String, why: EditorStartProblem)
    /// The editor ended with a non-zero status (an abort, such as vi's `:cq`).
    /// `keptFile`: the editor's file, kept when it differs from the composer's text.
    case failed(command: String, status: Int32, keptFile: String?)
    /// The editor was killed by a signal.
    case killed(command: String, signal: Int32, keptFile: String?)
}

/// Why an editor command did not start; the words are in the `Catalogue`.
public enum EditorStartProblem: Equatable, Sendable {
    /// The shell found it but could not run it (exit status 126).
    case notExecutable
    /// The shell did not find it (exit status 127).
    case notFound
    /// The child process could not be made: the errno.
    case system(code: Int32)
}
