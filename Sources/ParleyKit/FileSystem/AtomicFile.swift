#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a reader, a crash or a power cut sees either the
/// whole old contents or the whole new contents, never a mix and never nothing:
/// a temporary file in the same folder, written in full, fsynced, renamed over
/// the old one, then the folder fsynced so the rename itself is on disk.
///
/// `Data.write(options: .atomic)` is not enough on Linux: it does not fsync the
/// folder, and it gives the new file default permissions.
public enum AtomicFile {
    /// What permissions the new file gets.
    public enum Permissions: Equatable, Sendable {
        /// An existing file keeps its mode and group (and its owner when parley
        /// runs as root); a new file gets 0666 less the umask.
        case keepExisting
        /// Always exactly this mode, whatever the umask (drafts: 0600).
        case fixed(mode_t)
    }

    /// The suffix of temporary files; with `temporaryPrefix(for:)` it names the
    /// leftovers of a writer that was killed.
    static let temporarySuffix = ".tmp"

    /// Replaces `path` with `bytes`. On any error before the rename the old file
    /// is untouched and the temporary file is removed.
    public static func write(_ bytes: [UInt8], to path: String, permissions: Permissions) throws(FileSystemError) {
        var existing = stat()
        let exists: Bool
        // lstat: a symbolic link is never followed for writing, nor replaced
        // by a copy behind its owner's back; a FIFO or a device is never written.
        if lstat(path, &existing) == 0 {
            exists = true
            if (existing.st_mode & S_IFMT) != S_IFREG {
                throw FileSystemError(path: path, operation: .replace, notRegular: FileKind(mode: existing.st_mode))
            }
        } else if errno == ENOENT {
            exists = false
        } else {
            throw .current(.lookUp, path)
        }

        let createMode: mode_t
        switch permissions {
        case .keepExisting: createMode = 0o666  // the kernel takes the umask off
        case .fixed(let mode): createMode = mode & 0o600
        }
        let (fd, temporary) = try createTemporary(beside: path, mode: createMode)
        do throws(FileSystemError) {
            try fill(fd, with: bytes, path: temporary)
            switch permissions {
            case .keepExisting where exists:
                try copyOwnership(from: existing, to: fd, path: temporary, target: path)
            case .keepExisting:
                break
            case .fixed(let mode):
                if fchmod(fd, mode) != 0 { throw FileSystemError.current(.setModeOf, temporary) }
            }
            if fsync(fd) != 0 { throw FileSystemError.current(.write, temporary) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // close can report a delayed write error (NFS): it counts as a failed write.
        if close(fd) != 0 {
            let error = FileSystemError.current(.write, temporary)
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let error = FileSystemError.current(.replace, path)
            unlink(temporary)
            throw error
        }
        try syncFolder(FileSystem.folder(of: path))
    }

    /// Removes temporary files that writers of `path` left behind when they were
    /// killed. Only safe while holding the lock every writer of `path` takes:
    /// then no temporary file of `path` can belong to a live writer.
    public static func removeLeftovers(of path: String) {
        let folder = FileSystem.folder(of: path)
        let prefix = temporaryPrefix(for: path)
        guard let names = try? FileSystem.contentsOfDirectory(folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(temporarySuffix) {
            unlink(FileSystem.join(folder, name))
        }
    }

    /// `.<name>.`: hidden, so the library never lists a temporary file.
    static func temporaryPrefix(for path: String) -> String {
        "." + FileSystem.name(of: path) + "."
    }

    private static func createTemporary(beside path: String, mode: mode_t) throws(FileSystemError) -> (Int32, String) {
        let folder = FileSystem.folder(of: path)
        let prefix = temporaryPrefix(for: path)
        // O_EXCL with a random name: two writers can never share a temporary
        // file, and a symlink planted under that name is never followed.
        for _ in 0..<16 {
            let unique = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = FileSystem.join(folder, "\(prefix)\(getpid())-\(unique)\(temporarySuffix)")
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 { return (fd, temporary) }
            if errno == EEXIST || errno == EINTR { continue }
            throw .current(.createFileIn, folder)
        }
        throw FileSystemError(path: folder, operation: .createFileIn, code: EEXIST)
    }

    private static func fill(_ fd: Int32, with bytes: [UInt8], path: String) throws(FileSystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .current(.write, path)
            }
            // write(2) returns 0 only for a zero-length request; treat it as an I/O error rather than loop.
            if written == 0 { throw FileSystemError(path: path, operation: .write, code: EIO) }
            offset += written
        }
    }

    /// Gives the new file the old one's group and mode, so a library shared by a
    /// group stays readable by that group. A group this user cannot give is an
    /// error, not a silent change.
    private static func copyOwnership(from existing: stat, to fd: Int32, path: String, target: String) throws(FileSystemError) {
        if existing.st_uid != geteuid() || existing.st_gid != getegid() {
            // Only root can give a file away; anyone can give it one of their groups.
            if fchown(fd, existing.st_uid, existing.st_gid) != 0 && fchown(fd, uid_t.max, existing.st_gid) != 0 {
                throw .current(.keepGroup, target)
            }
        }
        // After fchown, which clears set-id bits.
        if fchmod(fd, existing.st_mode & 0o7777) != 0 {
            throw .current(.keepMode, target)
        }
    }

    /// Makes a rename in `folder` durable.
    static func syncFolder(_ folder: String) throws(FileSystemError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw .current(.syncFolder, folder) }
        defer { close(fd) }
        // Some file systems cannot fsync a folder (EINVAL); there is nothing more to do on them.
        if fsync(fd) != 0 && errno != EINVAL {
            throw .current(.syncFolder, folder)
        }
    }
}
