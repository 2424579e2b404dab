/// A paragraph of an imported text: its lines joined by single spaces, with
/// white space trimmed, and the line it starts on.
struct ImportParagraph: Equatable {
    var text: Substring
    /// 1-based line of its first line.
    var line: Int
}
