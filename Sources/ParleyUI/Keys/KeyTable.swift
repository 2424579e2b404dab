/// Every mode's keys: the defaults (`KeyBindings`) with the user's config
/// applied. `update`, the help overlay, the hint lines, `parley keys` and
/// docs/keys.md all read this one value.
public struct KeyTable: Sendable {
    public internal(set) var library: Keymap<LibraryCommand>
    public internal(set) var reader: Keymap<ReaderCommand>
    public internal(set) var outline: Keymap<OutlineCommand>
    public internal(set) var search: Keymap<PromptCommand>
    public internal(set) var filter: Keymap<PromptCommand>
    public internal(set) var composer: Keymap<ComposerCommand>

    public static let defaults = KeyTable(
        library: Keymap(KeyBindings.library),
        reader: Keymap(KeyBindings.reader),
        outline: Keymap(KeyBindings.outline),
        search: Keymap(KeyBindings.search),
        filter: Keymap(KeyBindings.filter),
        composer: Keymap(KeyBindings.composer)
    )

    /// One action and its keys, by name: what `parley keys` prints and the
    /// config file names.
    public struct Entry: Equatable, Sendable {
        public var action: String
        public var keys: [Key]
    }

    /// The actions of `mode` in their documented order, with their keys
    /// (none for an action the user unbound). Help has no actions: any key closes it.
    public func entries(_ mode: KeyMode) -> [Entry] {
        switch mode {
        case .library: Self.entries(library)
        case .reader: Self.entries(reader)
        case .outline: Self.entries(outline)
        case .help: []
        case .search: Self.entries(search)
        case .filter: Self.entries(filter)
        case .composer: Self.entries(composer)
        }
    }

    /// The action names `mode` knows, for an error that lists them.
    public static func actionNames(_ mode: KeyMode) -> [String] {
        defaults.entries(mode).map(\.action)
    }

    /// Binds the action called `name` in `mode` to `keys` (and only to them);
    /// false when the mode has no such action.
    mutating func rebind(_ mode: KeyMode, action name: String, to keys: [Key]) -> Bool {
        switch mode {
        case .library: Self.rebind(&library, name, keys)
        case .reader: Self.rebind(&reader, name, keys)
        case .outline: Self.rebind(&outline, name, keys)
        case .help: false
        case .search: Self.rebind(&search, name, keys)
        case .filter: Self.rebind(&filter, name, keys)
        case .composer: Self.rebind(&composer, name, keys)
        }
    }

    /// The actions of `mode` that leave it: a config that leaves all of
    /// them without a key is refused, or the mode could not be left.
    public static func waysOut(_ mode: KeyMode) -> [String] {
        switch mode {
        case .library: [LibraryCommand.quit.name]
        case .reader: [ReaderCommand.back.name, ReaderCommand.quit.name]
        case .outline: [OutlineCommand.close.name, OutlineCommand.quit.name]
        case .help: []
        case .search, .filter: [PromptCommand.cancel.name, PromptCommand.accept.name]
        case .composer: [ComposerCommand.close.name]
        }
    }

    /// A mode none of whose ways out has a key.
    func modeWithoutWayOut() -> KeyMode? {
        KeyMode.allCases.first { mode in
            let exits = Self.waysOut(mode)
            return !exits.isEmpty && entries(mode).allSatisfy { !exits.contains($0.action) || $0.keys.isEmpty }
        }
    }

    private static func entries<Action: KeyAction>(_ keymap: Keymap<Action>) -> [Entry] {
        Action.all.map { Entry(action: $0.name, keys: keymap.keys(for: $0)) }
    }

    private static func rebind<Action: KeyAction>(_ keymap: inout Keymap<Action>, _ name: String, _ keys: [Key]) -> Bool {
        guard let action = Action.all.first(where: { $0.name == name }) else { return false }
        keymap.rebind(action, to: keys)
        return true
    }
}
