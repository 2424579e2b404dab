/// Text arriving in the composer from outside the keyboard (a paste, the
/// editor, a draft) made into what typing would give: `\n` line ends and
/// spaces for tabs. Everything else is kept, control characters too: they
/// show as visible placeholders, and posting refuses them with a message
/// that names them, so nothing is dropped without the writer seeing it.
enum ComposerText {
    /// A tab is refused in a reaction (its width depends on where a line
    /// starts); in the composer it becomes this many spaces.
    static let tabSpaces = 4

    static func normalised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\t" }) else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\r": out.append("\n")
            case "\n" where previousWasCR: continue
            case "\t": out.append(contentsOf: String(repeating: " ", count: tabSpaces).unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// For the one-line name field: line breaks become spaces too.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(normalised(text).unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
