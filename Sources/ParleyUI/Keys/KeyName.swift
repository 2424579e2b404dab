/// Keys as the config file and `parley keys` spell them: a printable
/// character is itself (`j`, `G`, `?`), Ctrl plus a letter is `Ctrl-X`
/// (or `C-x`), and the rest have names (`Space`, `Enter`, `Esc`, `Tab`,
/// `Shift-Tab`, `Backspace`, `Delete`, `Insert`, `Up`, `Down`, `Left`,
/// `Right`, `Home`, `End`, `PgUp`, `PgDn`, `F1` .. `F12`). Names ignore case;
/// a single character does not (`g` and `G` are two keys). docs/keys.md.
extension Key {
    /// The key's name in the config file: the same in every UI language.
    public var configName: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        }
    }

    private static let named: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "s-tab": .backTab, "backspace": .backspace, "delete": .delete, "del": .delete,
        "insert": .insert, "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    ]

    /// The key called `name`; nil when it names no key parley can read.
    public init?(configName name: String) {
        if name.count == 1, let character = name.first {
            // A control character or a blank cannot be typed into a config line on its own.
            guard !character.isWhitespace, character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return nil }
            self = .character(character)
            return
        }
        let lower = name.lowercased()
        if let key = Self.named[lower] {
            self = key
            return
        }
        for prefix in ["ctrl-", "c-"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }
}
