#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creating files that must not replace anything, durably: parley says a file
/// is written only when it is on disk under its name.
extension FileSystem {
    /// Creates `path` with `contents`, failing with EEXIST when something
    /// already has that name. The bytes go to a temporary file in the same
    /// folder, which is fsynced and then hard-linked to `path` (a link, unlike
    /// a rename, never replaces an existing file, even one created a moment
    /// ago by someone else); then the folder is fsynced. A reader never sees
    /// a half-written file.
    public static func createNewFile(_ path: String, contents: String) throws(FileSystemError) {
        let folder = parentFolder(of: path)
        let temporary = try writeTemporaryFile(in: folder, for: path, contents: contents)
        if link(temporary, path) != 0 {
            let code = errno
            // File systems without hard links: the check and the rename are
            // not one step there, but the check still protects against all but a race.
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK else {
                unlink(temporary)
                throw FileSystemError(path: path, operation: .create, code: code)
            }
            var info = stat()
            if lstat(path, &info) == 0 {
                unlink(temporary)
                throw FileSystemError(path: path, operation: .create, code: EEXIST)
            }
            if rename(temporary, path) != 0 {
                let failure = FileSystemError.current(.create, path)
                unlink(temporary)
                throw failure
            }
        } else {
            unlink(temporary)
        }
        try syncFolder(folder)
    }

    /// Removes a file, and makes the removal durable.
    public static func removeFile(_ path: String) throws(FileSystemError) {
        if unlink(path) != 0 { throw .current(.remove, path) }
        try syncFolder(parentFolder(of: path))
    }

    /// Creates a folder and any missing parents (mode 0755 less the umask).
    public static func createFolder(_ path: String) throws(FileSystemError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw .current(.createFolder, prefix) }
            prefix += "/"
        }
        guard isDirectory(path) else { throw FileSystemError(path: path, operation: .createFolder, code: ENOTDIR) }
    }

    /// All of standard input (a pipe or a file), with the same size limit as `readFile`.
    public static func readStandardInput() throws(FileSystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .current(.read, FileSystemError.standardInput)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumFileSize { throw FileSystemError(path: FileSystemError.standardInput, operation: .read, code: EFBIG) }
        }
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A new hidden file next to `path` holding `contents`, fsynced; its path.
    private static func writeTemporaryFile(in folder: String, for path: String, contents: String) throws(FileSystemError) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? "file"
        var fd: Int32 = -1
        var temporary = ""
        for attempt in 0..<100 {
            temporary = join(folder, ".\(name).\(getpid())-\(attempt).tmp")
            // 0666 less the umask: the mode any new file of the user's gets.
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        if fd < 0 { throw .current(.create, temporary) }
        var failure: FileSystemError?
        var text = contents
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .current(.write, temporary)
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = .current(.write, temporary) }
        if close(fd) != 0 && failure == nil { failure = .current(.write, temporary) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    private static func syncFolder(_ folder: String) throws(FileSystemError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw .current(.sync, folder) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL { throw .current(.sync, folder) }
    }
}

extension FileSystemError {
    /// Something already has the name.
    public var isAlreadyExisting: Bool { code == EEXIST }
}
