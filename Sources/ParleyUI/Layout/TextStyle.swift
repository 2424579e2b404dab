/// What a piece of laid-out text is, so a view can style it (colour, bold)
/// and plain output can ignore it. Roles say what, not how.
public enum TextRole: UInt8, Sendable, CaseIterable {
    case body
    case title
    case metadata
    case questionNumber
    case question
    case quote
    case heading
    case sectionHeading
    case listMarker
    case rule
    case linkTarget
    case reactionsHeading
    case reactionAuthor
    case reactionMeta
    case reactionText
    case notice
    /// "Add a reaction: press a", under the reactions in the reader.
    case addReaction
}

/// Inline marks from the article's Markdown.
public struct InlineMarks: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let emphasis = InlineMarks(rawValue: 1 << 0)
    public static let strong = InlineMarks(rawValue: 1 << 1)
    public static let code = InlineMarks(rawValue: 1 << 2)
    public static let link = InlineMarks(rawValue: 1 << 3)
}

public struct TextStyle: Hashable, Sendable {
    public var role: TextRole
    public var marks: InlineMarks

    public init(_ role: TextRole, marks: InlineMarks = []) {
        self.role = role
        self.marks = marks
    }

    public static let body = TextStyle(.body)
}
