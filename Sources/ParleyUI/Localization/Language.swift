/// The languages parley speaks: its own messages and an article's labels.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case dutch = "nl"

    /// From a language tag (`nl`, `nl-BE`, `en_GB`); nil when parley does not speak it.
    public init?(tag: String) {
        let primary = tag.prefix(while: { $0 != "-" && $0 != "_" && $0 != "." && $0 != "@" }).lowercased()
        guard let language = Language(rawValue: primary) else { return nil }
        self = language
    }

    /// The UI language from the locale variables, in POSIX precedence:
    /// LC_ALL, then LC_MESSAGES, then LANG. English when none names a language parley has.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // The first variable that is set decides, even when it is "C".
            return Language(tag: value) ?? .english
        }
        return .english
    }
}
