/// A key press, in the app's own terms (not ncurses key codes).
public enum Key: Hashable, Sendable {
    /// A typed character, including a space.
    case character(Character)
    /// Ctrl plus a letter, as the lowercase letter: `.control("f")` is Ctrl-F.
    case control(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case insert
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// F1, F2, ...
    case function(Int)

    /// The key as the help screen and docs/keys.md name it.
    public func label(_ ui: Catalogue) -> String {
        switch self {
        case .character(" "): ui.spaceKey
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .up: ui.upKey
        case .down: ui.downKey
        case .left: ui.leftKey
        case .right: ui.rightKey
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        }
    }
}
