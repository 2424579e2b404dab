/// A place in a laid-out article that keys can jump to.
public enum LayoutAnchor: Hashable, Sendable {
    case lead
    /// The question with this number (1-based).
    case question(Int)
    /// The trailing section with this index (0-based).
    case section(Int)
    /// The reactions section's heading ("1 reactie").
    case reactions
    /// The header line of the reaction with this id.
    case reaction(String)
    /// The line that says how to add a reaction, in the reader.
    case addReaction
}
