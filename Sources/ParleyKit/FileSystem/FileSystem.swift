#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations parley needs, over POSIX calls, so the content
/// library needs no `Foundation` and every failure says which path and why.
public enum FileSystem {
    /// Refuses files larger than this: a reader should never try to hold a disk image.
    public static let maximumFileSize = 256 * 1024 * 1024

    /// The bytes of the regular file at `path` (`openRegularFile`: never a
    /// FIFO, a device or a folder), at most `limit` bytes.
    public static func readFile(_ path: String, links: Links = .follow, limit: Int = maximumFileSize) throws(FileSystemError) -> [UInt8] {
        let fd = try openRegularFile(path, links: links)
        defer { close(fd) }
        return try readAll(fd, path: path, limit: limit)
    }

    /// The size of the file open as `fd` (`path` names it in errors).
    public static func size(of fd: Int32, path: String) throws(FileSystemError) -> Int {
        var info = stat()
        if fstat(fd, &info) != 0 { throw .current(.read, path) }
        return Int(info.st_size)
    }

    /// Every byte of the file open as `fd`, from its start, at most `limit`
    /// bytes (`path` names it in errors). The descriptor stays open.
    public static func readAll(_ fd: Int32, path: String, limit: Int = maximumFileSize) throws(FileSystemError) -> [UInt8] {
        let size = try size(of: fd, path: path)
        if size > limit { throw FileSystemError(path: path, operation: .read, code: EFBIG) }
        if lseek(fd, 0, SEEK_SET) < 0 { throw .current(.read, path) }
        // Straight into the array, sized by fstat: no copy through a chunk
        // (a tenth of opening a 10 MB article). One byte more than the size,
        // so a file that grew since is noticed and read on below.
        let expected = size + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            while initialized < expected {
                let count = read(fd, buffer.baseAddress.map { $0 + initialized }, expected - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { return }
                initialized += count
            }
        }
        if failure != 0 { throw FileSystemError(path: path, operation: .read, code: failure) }
        if bytes.count < expected { return bytes }
        if bytes.count > limit { throw FileSystemError(path: path, operation: .read, code: EFBIG) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .current(.read, path)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw FileSystemError(path: path, operation: .read, code: EFBIG) }
        }
        return bytes
    }

    /// The first `count` bytes of the file open as `fd` (fewer when it is
    /// shorter), read where they are (`pread`): the descriptor's offset stays.
    public static func readPrefix(_ fd: Int32, count: Int, path: String) throws(FileSystemError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let read = pread(fd, buffer.baseAddress.map { $0 + initialized }, count - initialized, off_t(initialized))
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if read == 0 { return }
                initialized += read
            }
        }
        if failure != 0 { throw FileSystemError(path: path, operation: .read, code: failure) }
        return bytes
    }

    /// The names in a folder (without `.` and `..`), sorted.
    public static func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] {
        guard let dir = opendir(path) else { throw .current(.list, path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder a path is in: `.` for a bare name, `/` for a file at the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Creates `path` and any missing parents with `mode` (existing folders are
    /// left as they are).
    public static func createFolders(_ path: String, mode: mode_t) throws(FileSystemError) {
        if isDirectory(path) { return }
        let parent = folder(of: path)
        if parent != path && !parent.isEmpty && parent != "." && parent != "/" {
            try createFolders(parent, mode: mode)
        }
        if mkdir(path, mode) == 0 {
            // mkdir takes the umask off; a folder parley creates gets exactly `mode`.
            if chmod(path, mode) != 0 { throw .current(.setModeOf, path) }
        } else {
            let code = errno
            // Another process may have created it meanwhile: that is fine.
            if code != EEXIST || !isDirectory(path) {
                throw FileSystemError(path: path, operation: .createFolder, code: code)
            }
        }
    }
}
