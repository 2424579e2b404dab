/// What a key does in the composer. Keys not in the table that type
/// something (letters, digits, `q`, `?`) are text.
public enum ComposerCommand: Hashable, Sendable {
    case post, close, editor, switchField, newLine
    case left, right, up, down, rowStart, rowEnd, pageUp, pageDown
    case deleteBackward, deleteForward, deleteWord, deleteLine
    case help, redraw, suspend
}

extension ComposerCommand: KeyAction {
    public static let all: [ComposerCommand] = [
        .post, .close, .editor, .switchField, .newLine, .left, .right, .up, .down, .rowStart, .rowEnd, .pageUp, .pageDown,
        .deleteBackward, .deleteForward, .deleteWord, .deleteLine, .help, .redraw, .suspend,
    ]
    public var name: String { Self.kebab("\(self)") }
}

extension KeyBindings {
    /// The composer's keys, as a text field and mail clients have them.
    /// Ctrl-D and Ctrl-S reach parley because the terminal is in raw mode.
    public static let composer: [KeyBinding<ComposerCommand>] = [
        KeyBinding([.control("d"), .control("s")], .post),
        KeyBinding([.escape, .control("c")], .close),
        KeyBinding([.control("e")], .editor),
        KeyBinding([.tab, .backTab], .switchField),
        KeyBinding([.enter], .newLine),
        KeyBinding([.left], .left),
        KeyBinding([.right], .right),
        KeyBinding([.up], .up),
        KeyBinding([.down], .down),
        KeyBinding([.home], .rowStart),
        KeyBinding([.end], .rowEnd),
        KeyBinding([.pageUp], .pageUp),
        KeyBinding([.pageDown], .pageDown),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete], .deleteForward),
        KeyBinding([.control("w")], .deleteWord),
        KeyBinding([.control("u")], .deleteLine),
        KeyBinding([.function(1)], .help),
        KeyBinding([.control("l")], .redraw),
        KeyBinding([.control("z")], .suspend),
    ]

    public static let composerHelp: [[ComposerCommand]] = [
        [.post], [.close], [.editor], [.switchField], [.newLine], [.left, .right], [.up, .down], [.rowStart, .rowEnd],
        [.pageUp, .pageDown], [.deleteBackward, .deleteForward], [.deleteWord], [.deleteLine], [.help], [.redraw], [.suspend],
    ]
}
