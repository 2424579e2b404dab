/// Where the library folder is, and why there (so messages can say so:
/// ParleyUI's `Catalogue.explanation(_:)`).
public struct LibraryLocation: Equatable, Sendable {
    public enum Source: Equatable, Sendable, CaseIterable {
        /// `--library DIR`
        case option
        /// `$PARLEY_LIBRARY`
        case environment
        /// `./articles` in the working directory
        case workingDirectory
        /// `$XDG_DATA_HOME/parley/articles` (default `~/.local/share/parley/articles`)
        case dataHome
        /// `$PARLEY_SECURE_LIBRARY`: the administrator's choice in secure mode
        case administrator
    }

    public var path: String
    public var source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// The order of DESIGN.md: `--library`, `$PARLEY_LIBRARY`, `./articles`
    /// when it exists, the XDG data folder.
    public static func resolve(
        option: String?,
        environment: [String: String],
        currentDirectory: String,
        isDirectory: (String) -> Bool = FileSystem.isDirectory
    ) -> LibraryLocation {
        if let option, !option.isEmpty { return LibraryLocation(path: option, source: .option) }
        if let variable = environment["PARLEY_LIBRARY"], !variable.isEmpty {
            return LibraryLocation(path: variable, source: .environment)
        }
        let local = FileSystem.join(currentDirectory, "articles")
        if isDirectory(local) { return LibraryLocation(path: "articles", source: .workingDirectory) }
        return LibraryLocation(path: defaultFolder(environment: environment), source: .dataHome)
    }

    /// `$XDG_DATA_HOME/parley/articles` (default `~/.local/share/parley/articles`):
    /// where parley looks when nothing else names a folder.
    public static func defaultFolder(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            // The XDG spec says to ignore a relative XDG_DATA_HOME.
            dataHome = FileSystem.join(environment["HOME"] ?? "/", ".local/share")
        }
        return FileSystem.join(dataHome, "parley/articles")
    }

}
