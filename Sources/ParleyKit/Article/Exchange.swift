/// One question of the interview and its answer.
public struct Exchange: Equatable, Sendable {
    /// 1-based, in reading order.
    public var number: Int
    public var question: [Inline]
    public var answer: [Block]
    /// Line of the question's heading in the source file.
    public var line: Int

    public init(number: Int, question: [Inline], answer: [Block], line: Int = 0) {
        self.number = number
        self.question = question
        self.answer = answer
        self.line = line
    }
}

/// A part of the article after the questions that is not one (an author box,
/// a note), kept as an ordinary section.
public struct Section: Equatable, Sendable {
    public var title: [Inline]
    public var blocks: [Block]
    public var line: Int

    public init(title: [Inline], blocks: [Block], line: Int = 0) {
        self.title = title
        self.blocks = blocks
        self.line = line
    }
}
