import FoundationEssentials

/// Turns a plain-text interview (as copied from a web page) into a library
/// article and its reactions. The steps, each its own type:
///
/// 1. `ImportText`: bytes to lines; bad bytes and control characters become U+FFFD, noted by line.
/// 2. `ParagraphSplitter`: lines to paragraphs with their first line.
/// 3. `ParagraphClassifier`: title, lead, question, answer, author box, reaction or chrome.
/// 4. `ArticleAssembler`: the `Article` and its `Reaction`s; dropped and uncertain paragraphs.
/// 5. `ArticleMarkdown`: the article file, read back with `ArticleParser` so
///    the result is what the library will see.
///
/// docs/import.md is the contract for the rules.
public struct InterviewImporter: Sendable {
    public var options: ImportOptions
    /// Ids for new reactions: fresh lower-case UUIDs (tests give their own).
    public var makeID: @Sendable () -> String

    public init(options: ImportOptions, makeID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.options = options
        self.makeID = makeID
    }

    public func run(bytes: some Collection<UInt8>) throws(ImportError) -> ImportResult {
        let text = try ImportText(bytes: bytes, file: options.file)
        let titleLine = text.lines.firstIndex { !$0.isBlankForImport }
        let names = SpeakerLabels.names(inLines: text.lines, titleLine: titleLine)
        let paragraphs = ParagraphSplitter(speakerNames: names).split(text.lines)
        let speakers = SpeakerLabels(names: names, paragraphs: paragraphs.dropFirst().map(\.text), interviewee: options.interviewee)
        let classified = ParagraphClassifier(speakers: speakers).classify(paragraphs)
        let makeID = makeID
        var assembled = ArticleAssembler(makeID: makeID).assemble(paragraphs, roles: classified.roles)

        // ImportText refuses a text without a non-blank line, so there is a first paragraph.
        let foundTitle = String(paragraphs[0].text)
        var title = foundTitle
        if let given = options.title.map(Self.oneLine), !given.isEmpty {
            title = given
            if given != foundTitle {
                assembled.dropped.append(ImportNote(line: paragraphs[0].line, text: foundTitle, reason: .replacedTitle))
            }
        }
        let slug: String
        if let given = options.slug {
            guard Library.isValidSlug(given) else {
                throw ImportError(file: options.file, problem: .invalidSlug(given))
            }
            slug = given
        } else if let derived = ArticleSlug.derive(from: title) {
            slug = derived
        } else {
            throw ImportError(file: options.file, problem: .noSlugFromTitle(String(title.prefix(60))))
        }

        let language: ImportResult.LanguageChoice
        if let given = options.language {
            language = .given(given)
        } else if let guessed = LanguageGuess.guess(paragraphs.dropFirst().lazy.map(\.text)) {
            language = .guessed(guessed)
        } else {
            language = .unknown
        }

        var metadata = ArticleMetadata(title: title)
        metadata["interviewee"] = options.interviewee.map(Self.oneLine).flatMap { $0.isEmpty ? nil : $0 } ?? speakers.interviewee
        metadata["language"] = language.tag
        let built = Article(slug: slug, metadata: metadata, lead: assembled.lead, exchanges: assembled.exchanges, sections: assembled.sections)
        let markdown = ArticleMarkdown.render(built)
        let article: Article
        do {
            article = try ArticleParser(file: slug + Library.articleExtension).parse(text: markdown, slug: slug).article
        } catch {
            // ArticleMarkdown writes only what the parser reads; this is a bug, said plainly.
            throw ImportError(file: options.file, problem: .doesNotReadBack(error))
        }
        let reactions = assembled.reactions.isEmpty ? nil : ReactionsDocument(article: slug, reactions: assembled.reactions)
        return ImportResult(
            article: article,
            reactions: reactions,
            markdown: markdown,
            language: language,
            outline: assembled.outline,
            dropped: Self.inLineOrder(assembled.dropped),
            uncertain: Self.inLineOrder(classified.uncertain + assembled.uncertain),
            decoding: text.notes
        )
    }

    /// A value given on the command line as one line: line breaks as spaces,
    /// no white space at the ends, control characters as U+FFFD (like the text's).
    static func oneLine(_ value: String) -> String {
        let joined = value.split(whereSeparator: \.isNewline).joined(separator: " ")
        return ImportText.replacingControls(joined.trimmingWhitespace).0
    }

    static func inLineOrder(_ notes: [ImportNote]) -> [ImportNote] {
        notes.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
