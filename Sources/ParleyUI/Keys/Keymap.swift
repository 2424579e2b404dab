/// The keys of one mode: for each action, the keys bound to it (in the
/// order the help lists them), and the look-up `update` uses.
public struct Keymap<Action: KeyAction>: Sendable {
    /// One binding per action that has keys, in the order of the defaults.
    public private(set) var bindings: [KeyBinding<Action>]
    private var table: [Key: Action]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
        table = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
    }

    public func action(for key: Key) -> Action? { table[key] }

    public func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    /// The keys the help overlay and the hints show for `action`.
    public func shownKeys(for action: Action) -> ArraySlice<Key> {
        bindings.first { $0.action == action }?.shownKeys ?? []
    }

    /// `action` is done by `keys` and by nothing else; a key another action
    /// had moves to `action` (as lesskey does). Empty `keys` unbinds it.
    mutating func rebind(_ action: Action, to keys: [Key]) {
        var unique: [Key] = []
        for key in keys where !unique.contains(key) { unique.append(key) }
        var updated: [KeyBinding<Action>] = []
        var placed = false
        for var binding in bindings {
            if binding.action == action {
                placed = true
                binding = KeyBinding(unique, action)
            } else {
                let kept = binding.keys.filter { !unique.contains($0) }
                let shown = binding.shownKeys.filter { !unique.contains($0) }.count
                binding = KeyBinding(kept, binding.action, shown: shown)
            }
            updated.append(binding)
        }
        if !placed { updated.append(KeyBinding(unique, action)) }
        self = Keymap(updated)
    }
}
