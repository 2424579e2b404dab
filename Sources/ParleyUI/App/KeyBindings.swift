/// Keys bound to one command, in the order the help overlay lists them.
public struct KeyBinding<Command: Sendable>: Sendable {
    public var keys: [Key]
    public var command: Command
    /// How many of `keys` the help overlay shows: the usual ones. The rest
    /// (less's Ctrl-E, Ctrl-Y, ...) are in docs/keys.md.
    public var shown: Int

    public init(_ keys: [Key], _ command: Command, shown: Int? = nil) {
        self.keys = keys
        self.command = command
        self.shown = shown ?? keys.count
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
    /// Open the composer: a new reaction, or a reply to the marked one.
    case addReaction, reply
    case help, back, quit, redraw, suspend
}

/// What a key does in the library.
public enum LibraryCommand: Hashable, Sendable {
    case down, up, pageDown, pageUp, top, bottom, open, filter, clearFilter
    case help, quit, redraw, suspend
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
        KeyBinding([.character("a")], .addReaction),
        KeyBinding([.character("R")], .reply),
        KeyBinding([.character("?"), .function(1)], .help, shown: 1),
        KeyBinding([.character("q")], .back),
        KeyBinding([.character("Q"), .control("c")], .quit),
        KeyBinding([.control("l")], .redraw),
        KeyBinding([.control("z")], .suspend),
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
        [.clearSearch], [.reactions], [.addReaction], [.reply], [.help], [.back], [.quit], [.redraw], [.suspend],
    ]

    public static let libraryHelp: [[LibraryCommand]] = [
        [.down, .up], [.pageDown, .pageUp], [.top, .bottom], [.open], [.filter], [.clearFilter],
        [.help], [.quit], [.redraw], [.suspend],
    ]

    private static let readerTable = table(reader)
    private static let libraryTable = table(library)

    public static func readerCommand(for key: Key) -> ReaderCommand? { readerTable[key] }
    public static func libraryCommand(for key: Key) -> LibraryCommand? { libraryTable[key] }

    static func table<Command>(_ bindings: [KeyBinding<Command>]) -> [Key: Command] {
        var table: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.command }
        }
        return table
    }
}
