#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where per-user files live, by the XDG base directory spec.
public enum UserFolders {
    /// `$XDG_STATE_HOME`, else `~/.local/state`: drafts.
    public static func stateHome(environment: [String: String]) -> String {
        xdg("XDG_STATE_HOME", default: ".local/state", environment: environment)
    }

    /// `$XDG_CONFIG_HOME`, else `~/.config`: the config file.
    public static func configHome(environment: [String: String]) -> String {
        xdg("XDG_CONFIG_HOME", default: ".config", environment: environment)
    }

    /// `$HOME`, else the account's home folder, else `/`.
    public static func home(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let account = getpwuid(geteuid()), let dir = account.pointee.pw_dir {
            let path = String(cString: dir)
            if !path.isEmpty { return path }
        }
        return "/"
    }

    private static func xdg(_ variable: String, default relative: String, environment: [String: String]) -> String {
        // The spec says to ignore a relative path in these variables.
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return FileSystem.join(home(environment: environment), relative)
    }
}
