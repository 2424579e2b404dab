#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a reaction was not added. Whatever the case, the reactions file is as
/// it was before: each message says so, and says what to do. The words are in
/// ParleyUI (`Catalogue.message(_:)`), in every language.
public enum ReactionStoreError: Error, Equatable, Sendable {
    case invalid(ReactionInputError)
    /// The file is there but cannot be read or parsed; it is never overwritten.
    case unreadable(ReactionsError)
    /// Written by a newer parley: read what is understood, never rewrite.
    case newerFormat(file: String, version: Int)
    /// The folder (or file) may not be written: permissions, a read-only file system.
    case notWritable(file: String, FileSystemError)
    /// No space (or quota) left for the new file.
    case diskFull(file: String, FileSystemError)
    /// Any other failed write before the new file took the old one's place.
    case writeFailed(file: String, FileSystemError)
    /// The new file took the old one's place, but the folder could not be
    /// synced: the reaction is in the file, its survival of a power cut is not certain.
    case notSynced(file: String, FileSystemError)
    /// Another writer held the lock for longer than the store waits.
    case busy(file: String, lockFile: String, seconds: Int)
    /// The wait for the lock was stopped (Esc in the composer) before
    /// anything was written.
    case cancelled(file: String)
    /// The file holds text that is not UTF-8 (or a `\u` escape of a lone
    /// surrogate) on this line: rewriting it would replace that for good.
    case damaged(file: String, line: Int)
    /// The file has no write permission for its owner: its reactions are
    /// closed (docs/reactions-format.md), and parley does not rewrite it.
    case closed(file: String)
    /// The file is a symbolic link (or a FIFO, a device...): parley reads
    /// through a link but never writes through one, nor replaces it.
    case notRegularFile(file: String, FileKind)

    /// Sorts a failed file operation into what the user must hear.
    public static func writing(_ file: String, _ error: FileSystemError) -> ReactionStoreError {
        // Not being allowed to give the new file the old one's group is not an unwritable folder.
        if error.operation.isKeepingOwnership { return .writeFailed(file: file, error) }
        switch error.code {
        case EACCES, EPERM, EROFS: return .notWritable(file: file, error)
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(file: file, error)
        default: return .writeFailed(file: file, error)
        }
    }
}
