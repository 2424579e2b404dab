/// A panel drawn over the current screen that takes the keys while open.
public enum Overlay: Equatable, Sendable {
    /// The keys of the current screen; any key closes it.
    case help
    /// The reader's list of questions, with the selected row (0-based).
    case outline(selected: Int)
}
