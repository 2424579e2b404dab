/// A speaker label at the start of a paragraph: `Q: ...`, `Vraag: ...`,
/// `Thissen: ...`. What counts as a label is in docs/import.md.
struct ParagraphLabel: Equatable {
    /// As written, without the colon.
    var name: String
    /// The paragraph after the label and its colon, trimmed.
    var rest: Substring

    /// Labels that always mark a question, in lower case.
    static let questionLabels: Set<String> = ["q", "v", "vraag", "question", "interviewer"]
    /// Labels that always mark an answer, in lower case.
    static let answerLabels: Set<String> = ["a", "antwoord", "answer"]

    static let maximumLength = 40
    static let maximumWords = 4

    /// The label of `text`, when it starts with one: a name of at most four
    /// words and 40 characters, starting with a capital letter (the generic
    /// labels in any case), then ':' and a space or the end.
    init?(_ text: Substring) {
        // Paragraphs are trimmed, so the first character is the label's.
        guard let first = text.first, first.isLetter else { return nil }
        var index = text.startIndex
        var length = 0
        while index < text.endIndex, text[index] != ":" {
            length += 1
            if length > Self.maximumLength { return nil }
            index = text.index(after: index)
        }
        guard index < text.endIndex else { return nil }
        let after = text.index(after: index)
        if after < text.endIndex, !text[after].isWhitespace { return nil }
        let name = text[..<index].trimmingWhitespace
        let generic = Self.questionLabels.contains(name.lowercased()) || Self.answerLabels.contains(name.lowercased())
        guard generic || first.isUppercase else { return nil }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "&" }),
              name.split(separator: " ").count <= Self.maximumWords else { return nil }
        self.name = String(name)
        self.rest = text[after...].trimmingWhitespace
    }

    var isGenericQuestion: Bool { Self.questionLabels.contains(name.lowercased()) }
    var isGenericAnswer: Bool { Self.answerLabels.contains(name.lowercased()) }
    var isGeneric: Bool { isGenericQuestion || isGenericAnswer }
}
