import ParleyKit
import ParleyUI
import Testing

/// Every typed problem ParleyKit finds in a file (articles, front matter,
/// JSON, reactions files, drafts, the reading state, imports, `parley
/// check`, file operations) has words in English and in Dutch.
///
/// How the samples are kept complete: each problem type has a `Kind` enum
/// here (`CaseIterable`) and a `kind(of:)` that switches over the problem
/// without a `default`. A new case in ParleyKit does not compile here until
/// it is given a kind; a new kind fails `everyKindHasASample` until a sample
/// of it is in the list.
@Suite("Every file problem in both languages")
struct ParsingMessageCatalogueTests {
    static let file = FileSystemError(path: "/lib/t.md", operation: .read, code: 13)

    // MARK: - JSON

    enum JSONProblemKind: CaseIterable {
        case textAfterDocument, unexpected, nestedTooDeep, keyTwice, numberWithoutDigits, numberStartsWithZero
        case numberWithoutFractionDigits, numberWithoutExponentDigits, unterminatedString, invalidEscape
        case controlCharacterInString, unicodeEscapeWithoutFourHexDigits
    }

    static func kind(of problem: JSONSyntaxProblem) -> JSONProblemKind {
        switch problem {
        case .textAfterDocument: .textAfterDocument
        case .unexpected: .unexpected
        case .nestedTooDeep: .nestedTooDeep
        case .keyTwice: .keyTwice
        case .numberWithoutDigits: .numberWithoutDigits
        case .numberStartsWithZero: .numberStartsWithZero
        case .numberWithoutFractionDigits: .numberWithoutFractionDigits
        case .numberWithoutExponentDigits: .numberWithoutExponentDigits
        case .unterminatedString: .unterminatedString
        case .invalidEscape: .invalidEscape
        case .controlCharacterInString: .controlCharacterInString
        case .unicodeEscapeWithoutFourHexDigits: .unicodeEscapeWithoutFourHexDigits
        }
    }

    static let jsonSamples: [JSONSyntaxProblem] = [
        .textAfterDocument(.character("x")),
        .unexpected(.endOfFile, expected: .commaOrBrace),
        .nestedTooDeep(limit: 256),
        .keyTwice("id"),
        .numberWithoutDigits,
        .numberStartsWithZero,
        .numberWithoutFractionDigits,
        .numberWithoutExponentDigits,
        .unterminatedString,
        .invalidEscape(.byte(0x07)),
        .controlCharacterInString(byte: 0x0A),
        .unicodeEscapeWithoutFourHexDigits,
    ]

    // MARK: - Articles and front matter

    enum ArticleKind: CaseIterable {
        case noSuchArticle, tooLarge, cannotRead, utf16, emptySectionHeading, emptyQuestionHeading, frontMatter
    }

    static func kind(of problem: ArticleProblem) -> ArticleKind {
        switch problem {
        case .noSuchArticle: .noSuchArticle
        case .tooLarge: .tooLarge
        case .cannotRead: .cannotRead
        case .utf16: .utf16
        case .emptySectionHeading: .emptySectionHeading
        case .emptyQuestionHeading: .emptyQuestionHeading
        case .frontMatter: .frontMatter
        }
    }

    static let articleSamples: [ArticleProblem] = [
        .noSuchArticle, .tooLarge(megabytes: 64), .cannotRead(file), .utf16, .emptySectionHeading, .emptyQuestionHeading,
        .frontMatter(.noTitle),
    ]

    enum FrontMatterKind: CaseIterable {
        case missing, notClosed, noTitle, emptyTitle, publishedNotADate, languageNotACode, givenTwice, indented
        case controlCharacter, notKeyValue, invalidKey, noSpaceAfterColon, noValue, singleQuoted, listOrMap
        case blockScalar, anchorAliasOrTag, reservedStart, onlyComment, unquotedColon, unquotedComment
        case textAfterClosingQuote, endsInsideEscape, badHexEscape, unknownEscape, noClosingQuote
    }

    static func kind(of problem: FrontMatterProblem) -> FrontMatterKind {
        switch problem {
        case .missing: .missing
        case .notClosed: .notClosed
        case .noTitle: .noTitle
        case .emptyTitle: .emptyTitle
        case .publishedNotADate: .publishedNotADate
        case .languageNotACode: .languageNotACode
        case .givenTwice: .givenTwice
        case .indented: .indented
        case .controlCharacter: .controlCharacter
        case .notKeyValue: .notKeyValue
        case .invalidKey: .invalidKey
        case .noSpaceAfterColon: .noSpaceAfterColon
        case .noValue: .noValue
        case .singleQuoted: .singleQuoted
        case .listOrMap: .listOrMap
        case .blockScalar: .blockScalar
        case .anchorAliasOrTag: .anchorAliasOrTag
        case .reservedStart: .reservedStart
        case .onlyComment: .onlyComment
        case .unquotedColon: .unquotedColon
        case .unquotedComment: .unquotedComment
        case .textAfterClosingQuote: .textAfterClosingQuote
        case .endsInsideEscape: .endsInsideEscape
        case .badHexEscape: .badHexEscape
        case .unknownEscape: .unknownEscape
        case .noClosingQuote: .noClosingQuote
        }
    }

    static let frontMatterSamples: [FrontMatterProblem] = [
        .missing, .notClosed, .noTitle, .emptyTitle, .publishedNotADate(found: "gisteren"), .languageNotACode(found: "dutch"),
        .givenTwice(key: "title"), .indented, .controlCharacter, .notKeyValue(found: "zomaar"), .invalidKey("é", dotted: true),
        .noSpaceAfterColon(key: "title"), .noValue(key: "title"), .singleQuoted, .listOrMap(key: "tags"), .blockScalar,
        .anchorAliasOrTag, .reservedStart("@"), .onlyComment(key: "title"), .unquotedColon, .unquotedComment(key: "title"),
        .textAfterClosingQuote(key: "title"), .endsInsideEscape(key: "title"), .badHexEscape(escape: "u", digits: 4, key: "title"),
        .unknownEscape("q", key: "title"), .noClosingQuote(key: "title"),
    ]

    // MARK: - Reactions files, drafts, the reading state

    enum ReactionsKind: CaseIterable {
        case cannotRead, tooLarge, syntax, notAnObject, versionNotANumber, articleNotAString, reactionsNotAnArray
        case conflictsNotAnArray, reactionNotAnObject, reactionWithoutID, sameID, reactionWithoutText, fieldNotAString, postedNotATime
    }

    static func kind(of problem: ReactionsProblem) -> ReactionsKind {
        switch problem {
        case .cannotRead: .cannotRead
        case .tooLarge: .tooLarge
        case .syntax: .syntax
        case .notAnObject: .notAnObject
        case .versionNotANumber: .versionNotANumber
        case .articleNotAString: .articleNotAString
        case .reactionsNotAnArray: .reactionsNotAnArray
        case .conflictsNotAnArray: .conflictsNotAnArray
        case .reactionNotAnObject: .reactionNotAnObject
        case .reactionWithoutID: .reactionWithoutID
        case .sameID: .sameID
        case .reactionWithoutText: .reactionWithoutText
        case .fieldNotAString: .fieldNotAString
        case .postedNotATime: .postedNotATime
        }
    }

    static let reactionsSamples: [ReactionsProblem] = [
        .cannotRead(file), .tooLarge(megabytes: 64), .syntax(.unexpected(.character(","), expected: .value)), .notAnObject(found: .array),
        .versionNotANumber, .articleNotAString, .reactionsNotAnArray, .conflictsNotAnArray,
        .reactionNotAnObject(number: 2, found: .string), .reactionWithoutID(number: 2), .sameID(number: 3, earlier: 1, id: "a1"),
        .reactionWithoutText(number: 2), .fieldNotAString(number: 2, field: "author", found: .number),
        .postedNotATime(number: 2, found: "gisteren"),
    ]

    enum DraftKind: CaseIterable { case syntax, notAnObject, fieldNotAString, noText, fileSystem, invalidArticleName }

    static func kind(of error: DraftError) -> DraftKind {
        switch error {
        case .unreadable(_, _, _, let problem):
            switch problem {
            case .syntax: .syntax
            case .notAnObject: .notAnObject
            case .fieldNotAString: .fieldNotAString
            case .noText: .noText
            }
        case .fileSystem: .fileSystem
        case .invalidArticleName: .invalidArticleName
        }
    }

    static let draftSamples: [DraftError] = [
        .unreadable(file: "/s/d.json", line: 1, column: 1, problem: .syntax(.unterminatedString)),
        .unreadable(file: "/s/d.json", line: 1, column: nil, problem: .notAnObject(found: .null)),
        .unreadable(file: "/s/d.json", line: 1, column: nil, problem: .fieldNotAString(field: "name", found: .boolean)),
        .unreadable(file: "/s/d.json", line: 1, column: nil, problem: .noText),
        .fileSystem(FileSystemError(path: "/s/d.json", operation: .replace, code: 28)),
        .invalidArticleName(".hidden"),
    ]

    enum ReadingStateKind: CaseIterable {
        case syntax, notAnObject, noVersion, unknownVersion, nameNotAString, invalidArticleName
        case noChangedTime, openedNotATime, positionDamaged, seenDamaged
    }

    static func kind(of problem: ReadingStateProblem) -> ReadingStateKind {
        switch problem {
        case .syntax: .syntax
        case .notAnObject: .notAnObject
        case .noVersion: .noVersion
        case .unknownVersion: .unknownVersion
        case .nameNotAString: .nameNotAString
        case .invalidArticleName: .invalidArticleName
        case .noChangedTime: .noChangedTime
        case .openedNotATime: .openedNotATime
        case .positionDamaged: .positionDamaged
        case .seenDamaged: .seenDamaged
        }
    }

    static let readingStateSamples: [ReadingStateProblem] = [
        .syntax(.numberStartsWithZero), .notAnObject(.seen(slug: "a"), found: .array), .noVersion, .unknownVersion(0),
        .nameNotAString(found: .number), .invalidArticleName("../x"), .noChangedTime(slug: "a"), .openedNotATime(slug: "a"),
        .positionDamaged(slug: "a"), .seenDamaged(slug: "a"),
    ]

    // MARK: - Imports and parley check

    enum ImportKind: CaseIterable { case utf16, notText, empty, invalidSlug, noSlugFromTitle, doesNotReadBack }

    static func kind(of problem: ImportError.Problem) -> ImportKind {
        switch problem {
        case .utf16: .utf16
        case .notText: .notText
        case .empty: .empty
        case .invalidSlug: .invalidSlug
        case .noSlugFromTitle: .noSlugFromTitle
        case .doesNotReadBack: .doesNotReadBack
        }
    }

    static let importSamples: [ImportError.Problem] = [
        .utf16, .notText, .empty, .invalidSlug("a/b"), .noSlugFromTitle("???"),
        .doesNotReadBack(ArticleError(file: "a.md", line: 4, problem: .emptyQuestionHeading)),
    ]

    enum CheckKind: CaseIterable {
        case article, warning, reactions, otherArticle, damagedLine, replyToMissing, conflictingReaction, conflictingField
        case unknownConflict, noArticle
    }

    static func kind(of problem: LibraryProblem) -> CheckKind {
        switch problem {
        case .article: .article
        case .warning: .warning
        case .reactions: .reactions
        case .otherArticle: .otherArticle
        case .damagedLine: .damagedLine
        case .replyToMissing: .replyToMissing
        case .conflictingReaction: .conflictingReaction
        case .conflictingField: .conflictingField
        case .unknownConflict: .unknownConflict
        case .noArticle: .noArticle
        }
    }

    static let checkSamples: [LibraryProblem] = [
        .article(ArticleError(file: "a.md", line: 1, problem: .frontMatter(.missing))),
        .warning(ArticleWarning(file: "a.md", line: 3, problem: .invalidUTF8)),
        .reactions(ReactionsError(file: "a.reactions.json", line: 2, problem: .reactionWithoutText(number: 1))),
        .otherArticle(file: "a.reactions.json", article: "b", slug: "a"),
        .damagedLine(file: "a.reactions.json", line: 2),
        .replyToMissing(file: "a.reactions.json", number: 1, replyTo: "x"),
        .conflictingReaction(file: "a.reactions.json", id: "x"),
        .conflictingField(file: "a.reactions.json", field: "title"),
        .unknownConflict(file: "a.reactions.json"),
        .noArticle(file: "a.reactions.json", slug: "a"),
    ]

    // MARK: - The checks

    @Test("the samples name every case of every problem, once")
    func everyKindHasASample() {
        func covers<Kind: CaseIterable & Hashable, Value>(_ samples: [Value], _ kind: (Value) -> Kind) -> Bool {
            let kinds = samples.map(kind)
            return Set(kinds) == Set(Kind.allCases) && kinds.count == Kind.allCases.count
        }
        #expect(covers(Self.jsonSamples, Self.kind))
        #expect(covers(Self.articleSamples, Self.kind))
        #expect(covers(Self.frontMatterSamples, Self.kind))
        #expect(covers(Self.reactionsSamples, Self.kind))
        #expect(covers(Self.draftSamples, Self.kind))
        #expect(covers(Self.readingStateSamples, Self.kind))
        #expect(covers(Self.importSamples, Self.kind))
        #expect(covers(Self.checkSamples, Self.kind))
    }

    static func both(_ say: (Catalogue) -> String) {
        MessageCatalogueTests.checkBothLanguages(say(Catalogue(.english)), say(Catalogue(.dutch)))
    }

    @Test(arguments: jsonSamples) func json(_ problem: JSONSyntaxProblem) { Self.both { $0.message(problem) } }
    @Test(arguments: articleSamples) func article(_ problem: ArticleProblem) {
        Self.both { $0.message(ArticleError(file: "a.md", line: 2, problem: problem)) }
    }
    @Test(arguments: frontMatterSamples) func frontMatter(_ problem: FrontMatterProblem) { Self.both { $0.message(problem) } }
    @Test(arguments: ArticleWarning.Problem.allCases) func warning(_ problem: ArticleWarning.Problem) {
        Self.both { $0.message(ArticleWarning(file: "a.md", line: 2, problem: problem)) }
    }
    @Test(arguments: reactionsSamples) func reactions(_ problem: ReactionsProblem) {
        Self.both { $0.message(ReactionsError(file: "a.reactions.json", line: 2, problem: problem)) }
        Self.both { $0.reactionsCannotBeRead(ReactionsError(file: "a.reactions.json", problem: problem)) }
    }
    @Test(arguments: draftSamples) func draft(_ error: DraftError) { Self.both { $0.message(error) } }
    @Test(arguments: readingStateSamples) func readingState(_ problem: ReadingStateProblem) {
        Self.both { $0.readingStateProblem(.unreadable(file: "/s/state.json", line: 2, problem: problem)) }
    }
    @Test(arguments: importSamples) func importing(_ problem: ImportError.Problem) {
        Self.both { $0.message(ImportError(file: "t.txt", problem: problem)) }
    }
    @Test(arguments: checkSamples) func check(_ problem: LibraryProblem) { Self.both { $0.message(problem) } }

    @Test("every file operation and kind of file, and where the library is", arguments: FileOperation.allCases)
    func fileOperations(_ operation: FileOperation) {
        Self.both { $0.message(FileSystemError(path: "/lib/a.md", operation: operation, code: 13)) }
    }

    @Test(arguments: FileKind.allCases) func notRegular(_ kind: FileKind) {
        Self.both { $0.message(FileSystemError(path: "/lib/a.md", operation: .read, notRegular: kind)) }
    }

    @Test(arguments: LibraryLocation.Source.allCases)
    func libraryLocation(_ source: LibraryLocation.Source) {
        let location = LibraryLocation(path: "/lib", source: source)
        Self.both { $0.noSuchLibraryFolder("/lib", location: location) }
        Self.both { $0.explanation(source) }
    }

    @Test("the words of a JSON type and expectation differ per language", arguments: JSONKind.allCases)
    func jsonKinds(_ kind: JSONKind) {
        Self.both { $0.message(ReactionsProblem.notAnObject(found: kind)) }
    }

    @Test("Dutch says the reasons people meet in Dutch; English keeps the system's words")
    func systemReasons() {
        let full = FileSystemError(path: "/lib/t.reactions.json", operation: .write, code: 28)
        #expect(Catalogue(.english).message(full) == "/lib/t.reactions.json: cannot write: No space left on device")
        #expect(Catalogue(.dutch).message(full) == "/lib/t.reactions.json: kan niet schrijven: geen ruimte meer op het apparaat")
    }

    @Test("why the editor did not start, in both languages",
          arguments: [EditorStartProblem.notExecutable, .notFound, .system(code: 13)])
    func editorStart(_ problem: EditorStartProblem) {
        Self.both { $0.editorFailure(.cannotStart(command: "vim", why: problem)) }
    }
}
