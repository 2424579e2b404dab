/// What a paragraph of an imported text turned out to be.
enum ParagraphRole: Equatable {
    case title
    /// Before the first question; the text without a speaker label.
    case lead(Substring)
    /// The question's text, without its label or number.
    case question(Substring)
    /// The answer's text, without its label.
    case answer(Substring)
    /// A label with nothing after it ("Vraag:"): it marks the next paragraph.
    case labelOnly
    /// The heading of an author box that has text.
    case sectionHeading
    case sectionText
    case reactionsHeading(count: Int?)
    /// Starts a reaction: its writer when named, and its first text (empty when
    /// the text follows in the next paragraph).
    case reaction(author: String?, text: Substring)
    /// A further paragraph of the reaction before it.
    case reactionText
    case dropped(ImportNote.Reason)
}
