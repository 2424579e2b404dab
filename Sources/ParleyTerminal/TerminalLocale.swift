import CNCursesW
import Glibc

/// The locale ncurses draws with. It must be set before the screen starts,
/// or UTF-8 comes out as `~@~`-style garbage.
enum TerminalLocale {
    /// Takes the user's locale; when its codeset is not UTF-8 (LANG unset, C,
    /// POSIX, Latin-1) switches LC_CTYPE to C.UTF-8 if the system has it.
    /// Returns whether text can be drawn as UTF-8.
    static func prepare() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    private static var isUTF8: Bool {
        guard let codeset = parley_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
