/// The keys of one mode: for each action, the keys bound to it (in the
/// order the help lists them), and the look-up `update` uses.
///
/// `Action` is only `Sendable` here, `KeyAction` in the extension below:
/// a requirement on the type itself is checked by the Swift runtime the
/// first time each `Keymap<...>` is made, a scan of every protocol
/// conformance in the binary per mode, five of them before the first screen
/// (about 0.8 M instructions: docs/performance.md, round five).
public struct Keymap<Action: Sendable>: Sendable {
    /// One binding per action that has keys, in the order of the defaults.
    public private(set) var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The first binding's action that has `key`: a look through a few dozen
    /// keys per key pressed, rather than a dictionary per mode (and its
    /// generic type) made at every start.
    public func action(for key: Key) -> Action? {
        for binding in bindings where binding.keys.contains(key) { return binding.action }
        return nil
    }
}

extension Keymap where Action: KeyAction {
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
