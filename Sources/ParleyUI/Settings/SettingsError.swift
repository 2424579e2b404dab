/// A screen setting in the config file that parley cannot use, with the
/// file and line; `Catalogue.describe` says it in the UI language.
public struct SettingsError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        /// `theme: x` names no built-in theme.
        case unknownTheme(String)
        /// `colour.x` names no role.
        case unknownRole(String)
        /// A colour value with a word that is neither a colour nor an attribute.
        case badColour(String)
        /// `key.x.y` names no mode (or the help, which any key closes).
        case unknownMode(String)
        case unknownAction(action: String, mode: String)
        /// A word in a key list that names no key.
        case unknownKey(String)
        /// The key is bound to another action of the same mode on another line.
        case keyTwice(key: String, mode: String, other: String, otherLine: Int)
        /// The mode would have no key left that leaves it.
        case noWayOut(mode: String, actions: [String])
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }
}
