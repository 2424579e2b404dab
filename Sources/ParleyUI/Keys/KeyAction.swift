/// What a key can do in one mode. Each mode's actions are one enum; its
/// `name` is how the config file and `parley keys` spell the action.
///
/// Adding a key to parley: a case in the mode's action enum (and in `all`),
/// a default binding in `KeyBindings`, its help words in the Catalogue
/// (`describe`), and what it does in `update`. docs/architecture.md, "Keys".
public protocol KeyAction: Hashable, Sendable {
    /// Every action of the mode, in the order `parley keys` and docs/keys.md list them.
    static var all: [Self] { get }
    /// Lower case words joined by `-`: `line-down`, `question-3`.
    var name: String { get }
}

extension KeyAction {
    /// The default name: the case name in kebab case (`lineDown` is `line-down`).
    /// Cases with a value spell their own.
    static func kebab(_ caseName: String) -> String {
        var out = ""
        for character in caseName {
            if character.isUppercase {
                out += "-" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// A mode: a screen, an overlay or a prompt, each with its own keys.
public enum KeyMode: String, CaseIterable, Sendable {
    case library, reader, outline, help, search, filter, composer
}
