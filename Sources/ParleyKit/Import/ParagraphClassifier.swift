/// Step 3 of an import: what each paragraph is, by the rules of
/// docs/import.md, and which of those calls are guesses a person should check.
///
/// The text is read in parts: the title (first paragraph); an optional comment
/// count under it; the body (lead, questions, answers) up to an author box or
/// the reactions heading; the author box; the reactions. Every rule looks at
/// one paragraph and at most its neighbour, so the work grows with the text.
struct ParagraphClassifier {
    var speakers: SpeakerLabels

    struct Result {
        var roles: [ParagraphRole]
        var uncertain: [ImportNote]
    }

    /// How the text marks its questions. Labels win over numbers, numbers
    /// over punctuation: a text that labels its questions does not also ask
    /// with a bare "?".
    enum QuestionMarking: Equatable {
        case labels
        case numbers(Set<Int>)
        case punctuation
    }

    /// Short enough to be a question without a "?" (directly before a quoted answer).
    static let questionLength = 200
    /// Short enough, and without end punctuation, to look like a question inside an answer.
    static let suspiciousLength = 120

    func classify(_ paragraphs: [ImportParagraph]) -> Result {
        var state = State(paragraphs: paragraphs)
        guard !paragraphs.isEmpty else { return Result(roles: [], uncertain: []) }
        state.roles[0] = .title
        var bodyStart = 1
        if paragraphs.count > 1,
           PageChrome.isLoneNumber(paragraphs[1].text) || PageChrome.reactionsHeading(paragraphs[1].text) != nil {
            state.roles[1] = .dropped(.commentCount)
            bodyStart = 2
        }
        let end = paragraphs.count
        let reactionsStart = (bodyStart..<end).first { PageChrome.reactionsHeading(paragraphs[$0].text) != nil }
        let bodyEnd = reactionsStart ?? end
        let authorBox = (bodyStart..<bodyEnd).first { PageChrome.isAuthorBoxHeading(paragraphs[$0].text) }
        let interviewEnd = authorBox ?? bodyEnd

        classifyInterview(bodyStart..<interviewEnd, state: &state)
        if let authorBox { classifyAuthorBox(authorBox..<bodyEnd, state: &state) }
        if let reactionsStart { classifyReactions(reactionsStart..<end, state: &state) }
        return Result(roles: state.roles, uncertain: state.uncertain)
    }

    private struct State {
        var paragraphs: [ImportParagraph]
        var roles: [ParagraphRole]
        var uncertain: [ImportNote] = []

        init(paragraphs: [ImportParagraph]) {
            self.paragraphs = paragraphs
            self.roles = Array(repeating: .lead(""), count: paragraphs.count)
        }

        mutating func note(_ index: Int, _ reason: ImportNote.Reason) {
            uncertain.append(ImportNote(line: paragraphs[index].line, text: String(paragraphs[index].text), reason: reason))
        }
    }

    // MARK: - The interview

    func questionMarking(_ range: Range<Int>, _ paragraphs: [ImportParagraph]) -> QuestionMarking {
        let labelled = range.contains { index in
            ParagraphLabel(paragraphs[index].text).map { speakers.side(of: $0) == .question } ?? false
        }
        if labelled { return .labels }
        // Numbered questions: 1, 2, 3 ... in order, each followed by a paragraph
        // that is not numbered (its answer), so a numbered list inside an answer is not taken.
        var expected = 1
        var numbered: Set<Int> = []
        for index in range where !QuoteMarks.opens(paragraphs[index].text) {
            guard let item = ReactionMarker.numbered(paragraphs[index].text), item.number == expected else { continue }
            let next = index + 1
            guard next < range.upperBound, ReactionMarker.numbered(paragraphs[next].text) == nil else { continue }
            numbered.insert(index)
            expected += 1
        }
        return numbered.count >= 2 ? .numbers(numbered) : .punctuation
    }

    private func classifyInterview(_ range: Range<Int>, state: inout State) {
        let paragraphs = state.paragraphs
        let marking = questionMarking(range, paragraphs)
        var seenQuestion = false
        /// The line where a quotation opened and has not closed yet.
        var openQuotation: Int?
        var pendingLabel: SpeakerLabels.Side?

        func body(_ text: Substring) -> ParagraphRole { seenQuestion ? .answer(text) : .lead(text) }

        /// Whether a quotation opened in `text` is still open at its end.
        func leavesQuotationOpen(_ text: Substring) -> Bool {
            QuoteMarks.opens(text) && !QuoteMarks.containsClosingMark(text.dropFirst(QuoteMarks.openingLength(text)))
        }

        for index in range {
            let paragraph = paragraphs[index]
            let text = paragraph.text
            let quoted = QuoteMarks.opens(text)

            if openQuotation == nil, !quoted, text.last != "?" {
                if PageChrome.isNewsletter(text, afterInterview: false) { state.roles[index] = .dropped(.newsletter); continue }
                if PageChrome.isShareButtons(text) { state.roles[index] = .dropped(.shareButtons); continue }
            }

            var side = pendingLabel
            var content = text
            pendingLabel = nil
            if let label = ParagraphLabel(text), let labelSide = speakers.side(of: label) {
                if label.rest.isEmpty {
                    state.roles[index] = .labelOnly
                    pendingLabel = labelSide
                    continue
                }
                side = labelSide
                content = label.rest
            }
            switch side {
            case .question?:
                state.roles[index] = .question(content)
                seenQuestion = true
                openQuotation = nil
                continue
            case .answer?:
                state.roles[index] = body(content)
                if openQuotation != nil {
                    if QuoteMarks.containsClosingMark(content) { openQuotation = nil }
                } else if leavesQuotationOpen(content) {
                    openQuotation = paragraph.line
                }
                continue
            case nil:
                break
            }

            if let opened = openQuotation {
                state.roles[index] = body(text)
                if text.last == "?" { state.note(index, .questionInsideQuotation(openedOnLine: opened)) }
                let inside = quoted ? text.dropFirst(QuoteMarks.openingLength(text)) : text
                if QuoteMarks.containsClosingMark(inside) { openQuotation = nil }
                continue
            }
            if quoted {
                state.roles[index] = body(text)
                if leavesQuotationOpen(text) { openQuotation = paragraph.line }
                continue
            }

            switch marking {
            case .labels, .numbers:
                if case .numbers(let numbered) = marking, numbered.contains(index), let item = ReactionMarker.numbered(text) {
                    state.roles[index] = .question(item.rest)
                    seenQuestion = true
                    continue
                }
                state.roles[index] = body(text)
                if text.last == "?" { state.note(index, .unmarkedQuestion) }
            case .punctuation:
                if text.last == "?" {
                    state.roles[index] = .question(text)
                    seenQuestion = true
                } else if index + 1 < range.upperBound, QuoteMarks.opens(paragraphs[index + 1].text),
                          text.last != ":", text.hasAtMost(Self.questionLength) {
                    state.roles[index] = .question(text)
                    seenQuestion = true
                    if let last = text.last, ".!…".contains(last) { state.note(index, .questionEndsLikeSentence) }
                } else {
                    state.roles[index] = body(text)
                    // Quotation marks count as punctuation here.
                    if seenQuestion, text.hasAtMost(Self.suspiciousLength), !(text.last?.isPunctuation ?? false) {
                        state.note(index, .couldBeQuestion)
                    }
                }
            }
        }
    }

    // MARK: - The author box

    /// "Over Auteur" and what follows up to the reactions: a section when it
    /// has text, dropped when it is empty (chrome inside it is dropped too).
    private func classifyAuthorBox(_ range: Range<Int>, state: inout State) {
        var hasText = false
        for index in range.dropFirst() {
            let text = state.paragraphs[index].text
            if let reason = Self.trailingChrome(text) {
                state.roles[index] = .dropped(reason)
            } else {
                state.roles[index] = .sectionText
                hasText = true
            }
        }
        state.roles[range.lowerBound] = hasText ? .sectionHeading : .dropped(.emptyAuthorBox)
    }

    /// Chrome after the interview: newsletters (a mailbox mention is enough), share and reply buttons.
    static func trailingChrome(_ text: Substring) -> ImportNote.Reason? {
        if PageChrome.isNewsletter(text, afterInterview: true) { return .newsletter }
        if PageChrome.isShareButtons(text) { return .shareButtons }
        if PageChrome.isReplyButton(text) { return .replyButton }
        return nil
    }

    // MARK: - The reactions

    private func classifyReactions(_ range: Range<Int>, state: inout State) {
        let heading = range.lowerBound
        let count = PageChrome.reactionsHeading(state.paragraphs[heading].text)?.count
        state.roles[heading] = .reactionsHeading(count: count)
        /// Each reaction's first paragraph and how many paragraphs of text it has.
        var reactions: [(index: Int, paragraphs: Int)] = []
        for index in range.dropFirst() {
            let text = state.paragraphs[index].text
            if let reason = Self.trailingChrome(text) {
                state.roles[index] = .dropped(reason)
                continue
            }
            var start: (author: String?, text: Substring)?
            if let item = ReactionMarker.numbered(text) {
                start = ReactionMarker.said(item.rest).map { ($0.author, $0.rest) } ?? (nil, item.rest)
            } else if let said = ReactionMarker.said(text) {
                start = (said.author, said.rest)
            }
            if let start {
                state.roles[index] = .reaction(author: start.author, text: start.text)
                reactions.append((index, start.text.isEmpty ? 0 : 1))
            } else if let last = reactions.indices.last {
                state.roles[index] = .reactionText
                if reactions[last].paragraphs > 0 {
                    // Numbered as the import shows them: reactions that have text.
                    state.note(index, .reactionContinued(number: reactions.filter { $0.paragraphs > 0 }.count))
                }
                reactions[last].paragraphs += 1
            } else {
                state.roles[index] = .reaction(author: nil, text: text)
                reactions.append((index, 1))
                state.note(index, .reactionWithoutMarker)
            }
        }
        // "Jan schreef:" with no text after it is not a reaction.
        for reaction in reactions where reaction.paragraphs == 0 {
            state.roles[reaction.index] = .dropped(.emptyReaction)
        }
        let found = reactions.filter { $0.paragraphs > 0 }.count
        if let count, count != found {
            state.note(heading, .reactionCountDiffers(heading: count, found: found))
        }
    }
}
