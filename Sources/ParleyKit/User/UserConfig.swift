/// The user's settings: `$XDG_CONFIG_HOME/parley/config` (by default
/// `~/.config/parley/config`). `key: value` lines read by the same strict rules
/// as an article's front matter; blank lines and lines starting with `#` are
/// skipped. docs/usage.md lists the keys.
public struct UserConfig: Equatable, Sendable {
    /// The keys parley knows. Any other key is an error naming its line: a
    /// misspelt key must not be silently ignored.
    public static let keys = ["name", "theme", "colour.ROLE", "key.MODE.ACTION"]

    /// Settings of the screen (`theme`, `colour.ROLE`, `key.MODE.ACTION`)
    /// that ParleyUI reads: keys and colours belong to the screen, so here
    /// they are only lines with their numbers, for errors that name them.
    public static let screenPrefixes = ["colour.", "color.", "key."]

    /// One `key: value` line.
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var value: String
        public var line: Int

        public init(key: String, value: String, line: Int) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    /// The name put under reactions when `--name` is not given.
    public var name: String?
    /// The screen's settings, in file order.
    public var screen: [Entry]
    /// The file they came from, for errors.
    public var file: String

    public init(name: String? = nil, screen: [Entry] = [], file: String = "") {
        self.name = name
        self.screen = screen
        self.file = file
    }

    /// Two configs are equal when they say the same, from whichever file.
    public static func == (lhs: UserConfig, rhs: UserConfig) -> Bool {
        lhs.name == rhs.name && lhs.screen == rhs.screen
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
            if error.isNotFound { return UserConfig(file: file) }
            throw ConfigError(file: file, line: nil, problem: .unreadable(error))
        }
        return try parse(bytes: bytes, file: file)
    }

    public static func parse(bytes: [UInt8], file: String) throws(ConfigError) -> UserConfig {
        let source = SourceText(bytes: bytes)
        if let line = source.invalidUTF8Lines.first {
            throw ConfigError(file: file, line: line, problem: .notUTF8)
        }
        let reader = FrontMatterParser(file: file)
        var config = UserConfig(file: file)
        var seen: Set<String> = []
        for (index, raw) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingTrailingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let field: (key: String, value: String)
            do {
                field = try reader.parseField(line, line: index + 1, dotted: true)
            } catch {
                throw ConfigError(file: file, line: error.line, problem: .syntax(error.problem))
            }
            guard seen.insert(field.key).inserted else {
                throw ConfigError(file: file, line: index + 1, problem: .givenTwice(key: field.key))
            }
            switch field.key {
            case "name": config.name = field.value
            case "theme": config.screen.append(Entry(key: field.key, value: field.value, line: index + 1))
            case let key where screenPrefixes.contains(where: key.hasPrefix):
                config.screen.append(Entry(key: field.key, value: field.value, line: index + 1))
            default:
                throw ConfigError(file: file, line: index + 1, problem: .unknownSetting(key: field.key, known: keys))
            }
        }
        return config
    }
}
