#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path turned out to be when parley wanted a regular file.
public enum FileKind: Equatable, Sendable, CaseIterable {
    case directory
    case fifo
    case socket
    case characterDevice
    case blockDevice
    case symbolicLink
    case other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }
}

/// The one way parley opens a file it reads (an article, a reactions file, a
/// lock file, a draft, the config, the state): whatever the library holds, it
/// never blocks and never reads anything but a regular file.
///
/// A FIFO opened for reading waits for a writer, and a device such as
/// `/dev/tty` or `/dev/zero` reads the keyboard or never ends: the file is
/// opened with `O_NONBLOCK` (which makes that open return at once), looked at
/// with `fstat` on the very descriptor (no race with a rename), refused unless
/// it is a regular file, and only then made blocking again for plain reads.
extension FileSystem {
    public enum Links: Sendable {
        /// A symbolic link is followed (a reader may keep a file elsewhere).
        case follow
        /// A symbolic link is refused (`O_NOFOLLOW`): lock files, and anything written.
        case refuse
    }

    /// A descriptor for reading the regular file at `path`; the caller closes it.
    /// With `create`, a missing file is created (mode 0666 less the umask) and
    /// links are never followed.
    public static func openRegularFile(_ path: String, links: Links = .follow, create: Bool = false) throws(FileSystemError) -> Int32 {
        var flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
        if links == .refuse || create { flags |= O_NOFOLLOW }
        if create { flags |= O_CREAT }
        var fd: Int32
        repeat {
            fd = open(path, flags, 0o666)
        } while fd < 0 && errno == EINTR
        if fd < 0 {
            // O_NOFOLLOW on a link fails with ELOOP: say what the file is.
            if errno == ELOOP && (flags & O_NOFOLLOW) != 0 {
                throw FileSystemError(path: path, operation: create ? .create : .read, notRegular: .symbolicLink)
            }
            throw .current(create ? .create : .read, path)
        }
        var info = stat()
        if fstat(fd, &info) != 0 {
            let error = FileSystemError.current(.read, path)
            close(fd)
            throw error
        }
        if (info.st_mode & S_IFMT) != S_IFREG {
            close(fd)
            throw FileSystemError(path: path, operation: .read, notRegular: FileKind(mode: info.st_mode))
        }
        // A regular file never blocks, but reads should not see EAGAIN either.
        let current = fcntl(fd, F_GETFL)
        if current >= 0 { _ = fcntl(fd, F_SETFL, current & ~O_NONBLOCK) }
        return fd
    }

    /// What is at `path` itself (a link is not followed): nil when nothing is.
    public static func entryKind(_ path: String) -> (kind: FileKind?, mode: mode_t)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let kind: FileKind? = (info.st_mode & S_IFMT) == S_IFREG ? nil : FileKind(mode: info.st_mode)
        return (kind, info.st_mode)
    }
}
