import ParleyKit

/// The user's keys and colours, read from the config file's screen lines
/// (`theme`, `colour.ROLE`, `key.MODE.ACTION`; docs/usage.md). Every
/// mistake is a `SettingsError` naming the file and line: a misspelt
/// setting must not be silently ignored.
public struct Settings: Sendable {
    public var keys: KeyTable
    public var palette: Palette

    public init(keys: KeyTable = .defaults, palette: Palette = .standard) {
        self.keys = keys
        self.palette = palette
    }

    public init(_ config: UserConfig) throws(SettingsError) {
        let file = config.file
        func fail(_ entry: UserConfig.Entry, _ problem: SettingsError.Problem) -> SettingsError {
            SettingsError(file: file, line: entry.line, problem: problem)
        }
        var palette = Palette.standard
        if let entry = config.screen.first(where: { $0.key == "theme" }) {
            guard let name = Palette.Name(rawValue: entry.value) else { throw fail(entry, .unknownTheme(entry.value)) }
            palette = Palette(name)
        }
        var keys = KeyTable.defaults
        /// Which line bound a key in a mode, so a second action on it is refused.
        var lastLine: [KeyMode: UserConfig.Entry] = [:]
        var claimed: [KeyMode: [Key: (action: String, line: Int)]] = [:]
        for entry in config.screen where entry.key != "theme" {
            let parts = entry.key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            switch parts.first {
            case "colour", "color":
                guard parts.count == 2, let role = ThemeRole(rawValue: parts[1]) else { throw fail(entry, .unknownRole(entry.key)) }
                palette.set(role, try Self.style(entry.value, entry: entry, file: file))
            default:
                guard parts.count == 3, let mode = KeyMode(rawValue: parts[1]), mode != .help else {
                    throw fail(entry, .unknownMode(entry.key))
                }
                let bound = try Self.keys(entry.value, entry: entry, file: file)
                for key in bound {
                    if let earlier = claimed[mode]?[key], earlier.action != parts[2] {
                        throw fail(entry, .keyTwice(key: key.configName, mode: mode.rawValue, other: earlier.action, otherLine: earlier.line))
                    }
                    claimed[mode, default: [:]][key] = (parts[2], entry.line)
                }
                guard keys.rebind(mode, action: parts[2], to: bound) else {
                    throw fail(entry, .unknownAction(action: parts[2], mode: mode.rawValue))
                }
                lastLine[mode] = entry
            }
        }
        // Only a config that rebinds keys can leave a mode without a way out;
        // without one the check is skipped, because naming every action
        // (`String(describing:)` of each case) is a quarter of the first screen's instructions.
        if !lastLine.isEmpty, let mode = keys.modeWithoutWayOut(), let entry = lastLine[mode] {
            throw fail(entry, .noWayOut(mode: mode.rawValue, actions: KeyTable.waysOut(mode)))
        }
        self.keys = keys
        self.palette = palette
    }

    /// `j Down Ctrl-N`; `none` for no key at all.
    private static func keys(_ value: String, entry: UserConfig.Entry, file: String) throws(SettingsError) -> [Key] {
        let words = value.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if words == ["none"] { return [] }
        var keys: [Key] = []
        for word in words {
            guard let key = Key(configName: word) else {
                throw SettingsError(file: file, line: entry.line, problem: .unknownKey(word))
            }
            keys.append(key)
        }
        return keys
    }

    /// `blue bold`, `black on yellow`, `plain`: a colour, `on` and a
    /// background, attributes, in any order.
    private static func style(_ value: String, entry: UserConfig.Entry, file: String) throws(SettingsError) -> CellStyle {
        var style = CellStyle.plain
        var words = value.lowercased().split(separator: " ", omittingEmptySubsequences: true).map(String.init)[...]
        var hasForeground = false
        while let word = words.popFirst() {
            if word == "plain" { continue }
            if word == "on" {
                guard let next = words.popFirst(), let colour = TerminalColor(name: next) else {
                    throw SettingsError(file: file, line: entry.line, problem: .badColour(value))
                }
                style.background = colour
            } else if let attribute = CellAttributes(name: word) {
                style.attributes.insert(attribute)
            } else if !hasForeground, let colour = TerminalColor(name: word) {
                style.foreground = colour
                hasForeground = true
            } else {
                throw SettingsError(file: file, line: entry.line, problem: .badColour(value))
            }
        }
        return style
    }
}

extension TerminalColor {
    /// The config's colour names.
    public static let names: [String] = allCases.map(\.name)

    public var name: String {
        switch self {
        case .default: "default"
        case .black: "black"
        case .red: "red"
        case .green: "green"
        case .yellow: "yellow"
        case .blue: "blue"
        case .magenta: "magenta"
        case .cyan: "cyan"
        case .white: "white"
        }
    }

    init?(name: String) {
        guard let colour = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = colour
    }
}

extension CellAttributes {
    /// The config's attribute names.
    public static let names = ["bold", "dim", "italic", "underline", "reverse"]

    init?(name: String) {
        switch name {
        case "bold": self = .bold
        case "dim": self = .dim
        case "italic": self = .italic
        case "underline": self = .underline
        case "reverse": self = .reverse
        default: return nil
        }
    }
}
