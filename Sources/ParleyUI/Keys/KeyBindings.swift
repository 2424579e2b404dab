/// Keys bound to one action, in the order the help overlay lists them.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    /// How many of `keys` the help overlay shows: the usual ones. The rest
    /// (less's Ctrl-E, Ctrl-Y, ...) are in docs/keys.md.
    public var shown: Int

    public init(_ keys: [Key], _ action: Action, shown: Int? = nil) {
        self.keys = keys
        self.action = action
        self.shown = min(keys.count, shown ?? keys.count)
    }

    public var shownKeys: ArraySlice<Key> { keys.prefix(shown) }
}

/// What a key does in the reader.
public enum ReaderCommand: Hashable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextQuestion, previousQuestion
    /// Question 1 to 9.
    case question(Int)
    case outline, search, nextMatch, previousMatch, clearSearch, reactions
    /// The next reaction new to the reader.
    case nextNew
    /// Open the composer: a new reaction, or a reply to the marked one.
    case addReaction, reply
    case help, back, quit, redraw, suspend
}

extension ReaderCommand: KeyAction {
    public static let all: [ReaderCommand] = [
        .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
        .nextQuestion, .previousQuestion,
    ] + (1...9).map { .question($0) } + [
        .outline, .search, .nextMatch, .previousMatch, .clearSearch, .reactions, .nextNew,
        .addReaction, .reply, .help, .back, .quit, .redraw, .suspend,
    ]
    public var name: String {
        if case .question(let number) = self { return "question-\(number)" }
        return Self.kebab("\(self)")
    }
}

/// What a key does in the library.
public enum LibraryCommand: Hashable, Sendable {
    case down, up, pageDown, pageUp, top, bottom, open, filter, clearFilter
    /// `parley sync` without leaving the screen (docs/sync.md).
    case sync
    case help, quit, redraw, suspend
}

extension LibraryCommand: KeyAction {
    public static let all: [LibraryCommand] = [
        .down, .up, .pageDown, .pageUp, .top, .bottom, .open, .filter, .clearFilter, .sync, .help, .quit, .redraw, .suspend,
    ]
    public var name: String { Self.kebab("\(self)") }
}

/// What a key does in the outline overlay.
public enum OutlineCommand: Hashable, Sendable {
    case next, previous, first, last
    /// Select question 1 to 9.
    case select(Int)
    case go, close, quit, redraw
}

extension OutlineCommand: KeyAction {
    public static let all: [OutlineCommand] = [.next, .previous, .first, .last] + (1...9).map { .select($0) } + [.go, .close, .quit, .redraw]
    public var name: String {
        if case .select(let number) = self { return "select-\(number)" }
        return Self.kebab("\(self)")
    }
}

/// What a key does while a line is typed (the search, the library filter):
/// `LineEditor`'s commands. Other keys that type a character are text.
public enum PromptCommand: Hashable, Sendable, CaseIterable {
    /// Keep what was typed.
    case accept
    /// Give up: the search goes back to where it started, the filter is cleared.
    case cancel
    /// Delete the last character; on an empty line, cancel.
    case deleteBackward
    case clear
}

/// The key tables, after less, newsboat and circumflex (DESIGN.md, "Screens
/// and keys"). The help overlay and docs/keys.md are made from the same
/// tables, so they cannot drift apart.
public enum KeyBindings {
    public static let reader: [KeyBinding<ReaderCommand>] = [
        KeyBinding([.character("j"), .down, .enter, .control("n"), .control("e")], .lineDown, shown: 3),
        KeyBinding([.character("k"), .up, .control("p"), .control("y")], .lineUp, shown: 2),
        KeyBinding([.character(" "), .character("f"), .pageDown, .control("f")], .pageDown),
        KeyBinding([.character("b"), .pageUp, .control("b")], .pageUp),
        KeyBinding([.character("d"), .control("d")], .halfPageDown, shown: 1),
        KeyBinding([.character("u"), .control("u")], .halfPageUp, shown: 1),
        KeyBinding([.character("g"), .home, .character("<")], .top, shown: 2),
        KeyBinding([.character("G"), .end, .character(">")], .bottom, shown: 2),
        KeyBinding([.character("]")], .nextQuestion),
        KeyBinding([.character("[")], .previousQuestion),
    ] + (1...9).map { KeyBinding([.character(Character(String($0)))], .question($0)) } + [
        KeyBinding([.character("o")], .outline),
        KeyBinding([.character("/")], .search),
        KeyBinding([.character("n")], .nextMatch),
        KeyBinding([.character("N")], .previousMatch),
        KeyBinding([.escape], .clearSearch),
        KeyBinding([.character("r")], .reactions),
        KeyBinding([.character("w")], .nextNew),
        KeyBinding([.character("a")], .addReaction),
        KeyBinding([.character("R")], .reply),
        KeyBinding([.character("?"), .function(1)], .help, shown: 1),
        KeyBinding([.character("q")], .back),
        KeyBinding([.character("Q"), .control("c")], .quit),
        KeyBinding([.control("l")], .redraw),
        KeyBinding([.control("z")], .suspend),
    ]

    public static let outline: [KeyBinding<OutlineCommand>] = [
        KeyBinding([.character("j"), .down, .control("n"), .tab], .next),
        KeyBinding([.character("k"), .up, .control("p"), .backTab], .previous),
        KeyBinding([.character("g"), .home], .first),
        KeyBinding([.character("G"), .end], .last),
    ] + (1...9).map { KeyBinding([.character(Character(String($0)))], .select($0)) } + [
        KeyBinding([.enter, .right], .go),
        KeyBinding([.escape, .character("q"), .character("o"), .left], .close),
        KeyBinding([.character("Q"), .control("c")], .quit),
        KeyBinding([.control("l")], .redraw),
    ]

    /// The search prompt's keys, as less has them.
    public static let search: [KeyBinding<PromptCommand>] = prompt

    /// The library filter's keys: the same line editor as the search.
    public static let filter: [KeyBinding<PromptCommand>] = prompt

    private static let prompt: [KeyBinding<PromptCommand>] = [
        KeyBinding([.enter], .accept),
        KeyBinding([.escape, .control("c"), .control("g")], .cancel),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.control("u")], .clear),
    ]

    public static let library: [KeyBinding<LibraryCommand>] = [
        KeyBinding([.character("j"), .down, .control("n")], .down, shown: 2),
        KeyBinding([.character("k"), .up, .control("p")], .up, shown: 2),
        KeyBinding([.character(" "), .character("f"), .pageDown, .control("f")], .pageDown),
        KeyBinding([.character("b"), .pageUp, .control("b")], .pageUp),
        KeyBinding([.character("g"), .home], .top),
        KeyBinding([.character("G"), .end], .bottom),
        KeyBinding([.enter, .right], .open),
        KeyBinding([.character("/")], .filter),
        KeyBinding([.escape], .clearFilter),
        KeyBinding([.character("S")], .sync),
        KeyBinding([.character("?"), .function(1)], .help, shown: 1),
        KeyBinding([.character("q"), .character("Q"), .control("c")], .quit),
        KeyBinding([.control("l")], .redraw),
        KeyBinding([.control("z")], .suspend),
    ]

    /// The help overlay's rows: commands that go together share a row
    /// ("line down / up"), as in DESIGN.md's table.
    public static let readerHelp: [[ReaderCommand]] = [
        [.lineDown, .lineUp], [.pageDown, .pageUp], [.halfPageDown, .halfPageUp], [.top, .bottom],
        [.nextQuestion, .previousQuestion], [.question(1)], [.outline], [.search], [.nextMatch, .previousMatch],
        [.clearSearch], [.reactions], [.nextNew], [.addReaction], [.reply], [.help], [.back], [.quit], [.redraw], [.suspend],
    ]

    public static let libraryHelp: [[LibraryCommand]] = [
        [.down, .up], [.pageDown, .pageUp], [.top, .bottom], [.open], [.filter], [.clearFilter],
        [.sync], [.help], [.quit], [.redraw], [.suspend],
    ]
}

extension PromptCommand: KeyAction {
    public static let all = allCases
    public var name: String { Self.kebab("\(self)") }
}
