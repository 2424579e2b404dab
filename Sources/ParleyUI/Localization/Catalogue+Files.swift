#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParleyKit

/// The words of ParleyKit's file errors and of where the library is: each
/// said once per language. ParleyKit holds only the values (`FileOperation`,
/// `FileKind`, an errno); `MessageCatalogueTests` has a sample of each case.
extension Catalogue {
    /// "PATH: cannot OPERATION: REASON".
    public func message(_ error: FileSystemError) -> String {
        let path = error.path == FileSystemError.standardInput ? pick("standard input", "standaardinvoer") : error.path
        return pick("\(path): cannot \(words(error.operation)): \(reason(error))",
                    "\(path): kan niet \(words(error.operation)): \(reason(error))")
    }

    /// Why a file operation failed, without the path: the system's reason,
    /// or that the path is not a regular file.
    public func reason(_ error: FileSystemError) -> String {
        if let kind = error.notRegular { return notRegularReason(kind) }
        if language == .dutch, let dutch = Self.dutchSystemReasons[error.code] { return dutch }
        guard let system = error.systemMessage else { return pick("error \(error.code)", "fout \(error.code)") }
        return system
    }

    /// What was attempted, after "cannot" / "kan niet".
    public func words(_ operation: FileOperation) -> String {
        switch operation {
        case .read: pick("read", "lezen")
        case .write: pick("write", "schrijven")
        case .create: pick("create", "maken")
        case .createFileIn: pick("create a file in", "een bestand maken in")
        case .createTemporaryFile: pick("create a temporary file", "een tijdelijk bestand maken")
        case .createFolder: pick("create the folder", "de map maken")
        case .createLockFile: pick("create the lock file", "het vergrendelbestand maken")
        case .lock: pick("lock", "vergrendelen")
        case .list: pick("list", "de inhoud lezen")
        case .lookUp: pick("look up", "opzoeken")
        case .move: pick("move", "verplaatsen")
        case .remove: pick("remove", "verwijderen")
        case .replace: pick("replace", "vervangen")
        case .setModeOf: pick("set the mode of", "de rechten zetten van")
        case .sync: pick("sync", "naar schijf schrijven")
        case .syncFolder: pick("sync the folder", "de map naar schijf schrijven")
        case .keepGroup: pick("keep its group", "de groep behouden")
        case .keepMode: pick("keep its mode", "de rechten behouden")
        case .openLibraryFolder: pick("open the library folder", "de bibliotheekmap openen")
        }
    }

    /// "not a regular file but a FIFO (named pipe)".
    public func notRegularReason(_ kind: FileKind) -> String {
        switch kind {
        case .directory: pick("not a regular file but a folder", "geen gewoon bestand maar een map")
        case .fifo: pick("not a regular file but a FIFO (named pipe)", "geen gewoon bestand maar een FIFO (named pipe)")
        case .socket: pick("not a regular file but a socket", "geen gewoon bestand maar een socket")
        case .characterDevice, .blockDevice: pick("not a regular file but a device", "geen gewoon bestand maar een apparaat")
        case .symbolicLink:
            pick("not a regular file but a symbolic link, which parley does not follow here",
                 "geen gewoon bestand maar een symbolische koppeling, die parley hier niet volgt")
        case .other: pick("not a regular file but a special file", "geen gewoon bestand maar een bijzonder bestand")
        }
    }

    /// The system's reasons people meet, in Dutch; any other code keeps the
    /// C library's (English) words.
    static let dutchSystemReasons: [Int32: String] = [
        ENOENT: "bestand of map bestaat niet",
        EACCES: "geen toestemming",
        EPERM: "handeling niet toegestaan",
        ENOSPC: "geen ruimte meer op het apparaat",
        EDQUOT: "schijfquotum overschreden",
        EROFS: "alleen-lezen bestandssysteem",
        EISDIR: "is een map",
        ENOTDIR: "is geen map",
        ELOOP: "te veel niveaus van symbolische koppelingen",
        EEXIST: "bestand bestaat al",
        EFBIG: "bestand te groot",
        EIO: "invoer-/uitvoerfout",
        ENAMETOOLONG: "bestandsnaam te lang",
        EMFILE: "te veel open bestanden",
        ENOTEMPTY: "map is niet leeg",
        EBUSY: "apparaat of hulpbron bezet",
        EAGAIN: "hulpbron tijdelijk onbeschikbaar",
        EINVAL: "ongeldig argument",
        EXDEV: "koppeling tussen apparaten is ongeldig",
    ]

    // MARK: - Where the library is

    /// How the library folder was chosen, for messages ("given with --library").
    public func explanation(_ source: LibraryLocation.Source) -> String {
        switch source {
        case .option: pick("given with --library", "opgegeven met --library")
        case .environment: pick("set by PARLEY_LIBRARY", "ingesteld met PARLEY_LIBRARY")
        case .workingDirectory: pick("the articles folder here", "de map articles hier")
        case .dataHome: pick("the default library folder", "de standaardmap van de bibliotheek")
        case .administrator: pick("set by PARLEY_SECURE_LIBRARY", "ingesteld met PARLEY_SECURE_LIBRARY")
        }
    }

    /// The library folder cannot be opened: "PATH (why there): REASON".
    public func libraryUnopenable(_ error: FileSystemError, location: LibraryLocation) -> String {
        "\(error.path) (\(explanation(location.source))): \(reason(error))"
    }

    /// The library folder is not there.
    public func noSuchLibraryFolder(_ folder: String, location: LibraryLocation) -> String {
        pick("\(folder) (\(explanation(location.source))): no such folder",
             "\(folder) (\(explanation(location.source))): die map bestaat niet")
    }
}
