import ParleyKit

/// Why continuing in `$VISUAL` / `$EDITOR` did not bring text back. The
/// composer's text is unchanged in every case.
public enum EditorFailure: Equatable, Sendable {
    /// The temporary file for the editor could not be written or read back.
    case file(FileSystemError)
    /// The editor could not be started (the command and the reason).
    case cannotStart(command: String, reason: String)
    /// The editor ended with a non-zero status (an abort, such as vi's `:cq`).
    /// `keptFile`: the editor's file, kept when it differs from the composer's text.
    case failed(command: String, status: Int32, keptFile: String?)
    /// The editor was killed by a signal.
    case killed(command: String, signal: Int32, keptFile: String?)
}
