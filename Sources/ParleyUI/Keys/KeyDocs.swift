/// The key table as text: the tables of docs/keys.md and what `parley keys`
/// prints. A test compares docs/keys.md with `markdown`, byte for byte.
public enum KeyDocs {
    public struct Row: Equatable, Sendable {
        public var action: String
        public var keys: [Key]
        public var description: String
    }

    /// Every action of `mode` in its documented order, with its keys and what it does.
    public static func rows(_ mode: KeyMode, keys: KeyTable, ui: Catalogue) -> [Row] {
        switch mode {
        case .library: rows(keys.library, ui.describe)
        case .reader: rows(keys.reader, ui.describeAction)
        case .outline: rows(keys.outline, ui.describe)
        case .help: []
        case .search: rows(keys.search) { ui.describe($0, in: .search) }
        case .filter: rows(keys.filter) { ui.describe($0, in: .filter) }
        case .composer: rows(keys.composer, ui.describe)
        }
    }

    private static func rows<Action: KeyAction>(_ keymap: Keymap<Action>, _ describe: (Action) -> String) -> [Row] {
        Action.all.map { Row(action: $0.name, keys: keymap.keys(for: $0), description: describe($0)) }
    }

    /// The Markdown table of `mode` for docs/keys.md (English, the defaults
    /// unless told otherwise).
    public static func markdown(_ mode: KeyMode, keys: KeyTable = .defaults, ui: Catalogue = Catalogue(.english)) -> String {
        var out = "| keys | action | config name |\n| --- | --- | --- |\n"
        for row in rows(mode, keys: keys, ui: ui) {
            let names = row.keys.isEmpty ? "none" : row.keys.map { "`\($0.configName)`" }.joined(separator: " ")
            out += "| \(names) | \(row.description) | `\(row.action)` |\n"
        }
        return out
    }

    /// `parley keys`: every binding in effect, as config lines a user can
    /// copy into the config file and change.
    public static func configText(_ keys: KeyTable, ui: Catalogue) -> String {
        var out = ""
        for mode in KeyMode.allCases {
            if !out.isEmpty { out += "\n" }
            out += "# \(mode.rawValue)\n"
            if mode == .help {
                out += "# " + ui.helpAnyKey + "\n"
                continue
            }
            for row in rows(mode, keys: keys, ui: ui) {
                let names = row.keys.isEmpty ? "none" : row.keys.map(\.configName).joined(separator: " ")
                out += "key.\(mode.rawValue).\(row.action): \(names)\n"
            }
        }
        return out
    }
}
