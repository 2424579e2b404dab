#if canImport(Glibc)
import Glibc
#endif
import ParleyKit
import ParleyUI

/// Secure mode, for accounts that get no shell (an ssh `ForceCommand`):
/// reading and reacting only, as `LESSSECURE` does for less
/// (docs/usage.md, "Secure mode"). Whatever reaches outside the reader is
/// refused with one line and exit status 77; nothing is silently ignored.
enum SecureMode {
    /// Built with `make install SECURE=1` (`-D PARLEY_FORCE_SECURE`): on,
    /// whatever the environment says.
    static var isBuiltIn: Bool {
        #if PARLEY_FORCE_SECURE
        true
        #else
        false
        #endif
    }

    /// sysexits' EX_NOPERM: distinct from a content error (1) and a usage error (64).
    static let refusedStatus: Int32 = 77

    /// Commands that reach outside the library (a file, a shell, the network),
    /// refused by name so that a command added later under one of these names
    /// is refused too.
    static let refusedCommands: Set<String> = ["import", "sync", "clone"]

    /// Whether secure mode is on: built in, or `PARLEY_SECURE` set, not empty and not `0`.
    static func isOn(environment: [String: String], builtIn: Bool = isBuiltIn) -> Bool {
        if builtIn { return true }
        guard let value = environment["PARLEY_SECURE"] else { return false }
        return !value.isEmpty && value != "0"
    }

    /// The command `arguments` (without the program name) run: the first
    /// argument that is neither an option nor the value of a global one.
    static func commandName(_ arguments: [String]) -> String? {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "--library" || argument == "--lang" {
                index += 2
            } else if argument.hasPrefix("-") {
                index += 1
            } else {
                return argument
            }
        }
        return nil
    }

    /// The `--lang` given before the command, for a refusal said before parsing.
    static func lang(_ arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.endIndex else { return nil }
        return arguments[index + 1]
    }

    /// What secure mode refuses of these arguments before they are parsed: a
    /// command by name. (`--library` is refused once parsed: `GlobalOptions`.)
    static func refusedCommand(_ arguments: [String]) -> String? {
        commandName(arguments).flatMap { refusedCommands.contains($0) ? $0 : nil }
    }

    /// The library in secure mode: `$PARLEY_SECURE_LIBRARY` (the
    /// administrator's, set where the user cannot), else the default library
    /// folder. Never `--library`, `$PARLEY_LIBRARY` or `./articles`: those are
    /// the user's to choose.
    static func library(environment: [String: String]) -> LibraryLocation {
        if let folder = environment["PARLEY_SECURE_LIBRARY"], !folder.isEmpty {
            return LibraryLocation(path: folder, source: .administrator)
        }
        var rest = environment
        rest["PARLEY_LIBRARY"] = nil
        // A working directory without an articles folder: only the data home is left.
        return LibraryLocation.resolve(option: nil, environment: rest, currentDirectory: "/", isDirectory: { _ in false })
    }

    /// Says on stderr that `what` is not available, and ends with status 77.
    static func refuse(_ what: String, ui: Catalogue) -> Never {
        Process.writeError("parley: " + ui.notInSecureMode(what) + "\n")
        exit(refusedStatus)
    }
}
