/// The user's settings: `$XDG_CONFIG_HOME/parley/config` (by default
/// `~/.config/parley/config`). `key: value` lines read by the same strict rules
/// as an article's front matter; blank lines and lines starting with `#` are
/// skipped. docs/usage.md lists the keys.
public struct UserConfig: Equatable, Sendable {
    /// The keys parley knows. Any other key is an error naming its line: a
    /// misspelt key must not be silently ignored.
    public static let keys = ["name"]

    /// The name put under reactions when `--name` is not given.
    public var name: String?

    public init(name: String? = nil) {
        self.name = name
    }

    public static func file(environment: [String: String]) -> String {
        FileSystem.join(UserFolders.configHome(environment: environment), "parley/config")
    }

    /// The settings in `file`; none when there is no file.
    public static func load(file: String) throws(ConfigError) -> UserConfig {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(file)
        } catch {
            if error.isNotFound { return UserConfig() }
            throw ConfigError(file: file, line: nil, message: "cannot read: \(error.reason)")
        }
        return try parse(bytes: bytes, file: file)
    }

    public static func parse(bytes: [UInt8], file: String) throws(ConfigError) -> UserConfig {
        let source = SourceText(bytes: bytes)
        if let line = source.invalidUTF8Lines.first {
            throw ConfigError(file: file, line: line, message: "the line is not valid UTF-8")
        }
        let reader = FrontMatterParser(file: file)
        var config = UserConfig()
        var seen: Set<String> = []
        for (index, raw) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingTrailingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let field: (key: String, value: String)
            do {
                field = try reader.parseField(line, line: index + 1)
            } catch {
                throw ConfigError(file: file, line: error.line, message: error.message)
            }
            guard seen.insert(field.key).inserted else {
                throw ConfigError(file: file, line: index + 1, message: "'\(field.key)' is given twice")
            }
            switch field.key {
            case "name": config.name = field.value
            default:
                throw ConfigError(file: file, line: index + 1, message: "unknown setting '\(field.key)'; parley knows: \(keys.joined(separator: ", "))")
            }
        }
        return config
    }
}
