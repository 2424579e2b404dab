#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a reaction was not added. Whatever the case, the reactions file is as
/// it was before: each message says so, and says what to do.
public enum ReactionStoreError: Error, Equatable, Sendable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .invalid(let problem):
            return problem.description
        case .unreadable(let error):
            return "\(error.description) (parley never changes a reactions file it cannot read; fix or move it to add reactions)"
        case .newerFormat(let file, let version):
            return "\(file): written by a newer parley (format version \(version); this parley writes version \(ReactionsDocument.currentVersion)): it can be read but not changed by this parley"
        case .notWritable(let file, let error):
            return "cannot write in \(FileSystem.folder(of: file)): \(error.reason); \(FileSystem.name(of: file)) is unchanged"
        case .diskFull(let file, let error):
            return "cannot write \(file): \(error.reason); the file is unchanged"
        case .writeFailed(let file, let error):
            return "\(error.description); \(FileSystem.name(of: file)) is unchanged"
        case .notSynced(let file, let error):
            return "the reaction was written to \(file), but \(error.description); check the file before posting again"
        case .busy(let file, let lockFile, let seconds):
            return "\(file) is being changed by another parley (\(lockFile) has been locked for \(seconds) seconds); try again"
        }
    }

    /// Sorts a failed file operation into what the user must hear.
    public static func writing(_ file: String, _ error: FileSystemError) -> ReactionStoreError {
        // Not being allowed to give the new file the old one's group is not an unwritable folder.
        if error.operation.hasPrefix("keep its") { return .writeFailed(file: file, error) }
        switch error.code {
        case EACCES, EPERM, EROFS: return .notWritable(file: file, error)
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(file: file, error)
        default: return .writeFailed(file: file, error)
        }
    }
}
