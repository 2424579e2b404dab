#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file's bytes mapped read-only and private, for one pass over
/// them: the pages behind the pass are given back as it goes
/// (`release(before:)`), so a 4.6 MB reactions file is never resident
/// whole, where reading it into an array would hold every byte.
///
/// The mapping shows the file as it is on disk while it is mapped. Parley's
/// writers (and git) replace a reactions file by a rename, never in place,
/// so the open descriptor's file does not change under it; a file cut
/// short in place by another program while it is mapped would stop the
/// reader (`SIGBUS`), which is why the mapping lives only for one pass.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Up to where the pages have been given back.
    private var released = 0
    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// Maps the first `count` bytes of the file open as `descriptor`
    /// (`path` names it in errors); an empty file maps to no bytes.
    init(descriptor: Int32, count: Int, path: String) throws(FileSystemError) {
        guard count > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .current(.read, path)
        }
        // Read once, front to back: the kernel may read ahead further.
        _ = madvise(address, count, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// Whether the file open as `descriptor` is safe to map: only this
    /// user can write it. Someone who can write a file can cut it short in
    /// place, and a mapped page past the new end stops the process
    /// (`SIGBUS`) with the terminal left as it was; in a folder a group
    /// shares, a reactions file is often writable by the group, and such a
    /// file is read into memory instead. (Writing into the folder alone
    /// only lets others replace the file by a rename, which the open
    /// descriptor never sees.)
    static func isSafeToMap(descriptor: Int32) -> Bool {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return false }
        return isSafeToMap(owner: info.st_uid, mode: info.st_mode, user: geteuid())
    }

    static func isSafeToMap(owner: uid_t, mode: mode_t, user: uid_t) -> Bool {
        owner == user && mode & (S_IWGRP | S_IWOTH) == 0
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }

    /// Gives back the whole pages before `offset`: they stop counting as
    /// this process's memory. A page touched again is read again from the
    /// page cache, so this never changes what `bytes` holds.
    func release(before offset: Int) {
        guard let base = bytes.baseAddress else { return }
        let end = min(offset, bytes.count) / Self.pageSize * Self.pageSize
        guard end > released else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }
}
