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
        return "\(path): \(cannot(error.operation)): \(reason(error))"
    }

    /// Why a file operation failed, without the path: the system's reason,
    /// or that the path is not a regular file.
    public func reason(_ error: FileSystemError) -> String {
        if let kind = error.notRegular { return notRegularReason(kind) }
        return systemReason(error.code)
    }

    /// An errno in words: Dutch for the codes people meet, else the C library's.
    public func systemReason(_ code: Int32) -> String {
        if language == .dutch, let dutch = Self.dutchSystemReasons[code] { return dutch }
        guard let system = strerror(code) else { return pick("error \(code)", "fout \(code)") }
        return String(cString: system)
    }

    /// Why `$VISUAL`/`$EDITOR` did not start.
    public func editorStartReason(_ problem: EditorStartProblem) -> String {
        switch problem {
        case .notExecutable: pick("it cannot be run (exit status 126)", "het kan niet worden uitgevoerd (afsluitstatus 126)")
        case .notFound: pick("command not found (exit status 127)", "opdracht niet gevonden (afsluitstatus 127)")
        case .system(let code): systemReason(code)
        }
    }

    /// What could not be done: "cannot create the folder", "kan de map niet maken".
    public func cannot(_ operation: FileOperation) -> String {
        switch operation {
        case .read: pick("cannot read", "kan niet lezen")
        case .write: pick("cannot write", "kan niet schrijven")
        case .create: pick("cannot create", "kan niet maken")
        case .createFileIn: pick("cannot create a file in", "kan geen bestand maken in")
        case .createTemporaryFile: pick("cannot create a temporary file", "kan geen tijdelijk bestand maken")
        case .createFolder: pick("cannot create the folder", "kan de map niet maken")
        case .createLockFile: pick("cannot create the lock file", "kan het vergrendelbestand niet maken")
        case .lock: pick("cannot lock", "kan niet vergrendelen")
        case .list: pick("cannot list", "kan de inhoud niet lezen")
        case .lookUp: pick("cannot look up", "kan niet opzoeken")
        case .move: pick("cannot move", "kan niet verplaatsen")
        case .remove: pick("cannot remove", "kan niet verwijderen")
        case .replace: pick("cannot replace", "kan niet vervangen")
        case .setModeOf: pick("cannot set the mode of", "kan de rechten niet zetten van")
        case .sync: pick("cannot sync", "kan niet naar schijf schrijven")
        case .syncFolder: pick("cannot sync the folder", "kan de map niet naar schijf schrijven")
        case .keepGroup: pick("cannot keep its group", "kan de groep niet behouden")
        case .keepMode: pick("cannot keep its mode", "kan de rechten niet behouden")
        case .openLibraryFolder: pick("cannot open the library folder", "kan de bibliotheekmap niet openen")
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
