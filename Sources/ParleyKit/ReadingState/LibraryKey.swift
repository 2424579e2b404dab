#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which library personal state belongs to: its real path (symlinks and `..`
/// resolved), so `--library articles` and `--library /srv/x/articles` are
/// one library and two folders with the same slugs are two.
///
/// A real path rather than an id kept inside the library: the library is
/// shared and synced, often read-only to its readers, and an id in it would
/// travel to every clone, so two copies would share one state. The price:
/// a library that is moved or renamed starts with fresh state (drafts of the
/// old path stay on disk, under the old name).
public struct LibraryKey: Hashable, Sendable {
    /// The real path; the path as given (made absolute) when it does not exist.
    public let path: String

    public init(folder: String, currentDirectory: String) {
        let absolute = folder.hasPrefix("/") ? folder : FileSystem.join(currentDirectory, folder)
        if let resolved = realpath(absolute, nil) {
            path = String(cString: resolved)
            free(resolved)
        } else {
            path = absolute
        }
    }

    /// A file name for the library: its folder's name (to be recognisable)
    /// and a hash of the real path (to be unique): `articles-1f3a…`.
    /// At most 32 characters of the name: ASCII letters, digits, `-` and `_`,
    /// anything else as `_`.
    public var fileName: String {
        // Scalar by scalar, not String(_:) of a sequence of Characters: that
        // generic initialiser made the Swift runtime scan the binary's
        // conformances before the first screen (docs/performance.md, round five).
        var base = String.UnicodeScalarView()
        for scalar in FileSystem.name(of: path).unicodeScalars.prefix(32) {
            let kept = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            base.append(kept ? scalar : "_")
        }
        return (base.isEmpty ? "library" : String(base)) + "-" + StableHash.hex(StableHash.fnv1a64(path))
    }
}
