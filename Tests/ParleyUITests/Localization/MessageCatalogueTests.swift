import ParleyKit
import ParleyUI
import Testing

/// Every typed message of ParleyKit has words in English and in Dutch.
///
/// The samples cover every case: `kind(of:)` switches over each error without
/// a default, so a new case does not compile here until it is named, and the
/// test fails until a sample of it is in the list.
@Suite("Every message in both languages")
struct MessageCatalogueTests {
    static let fileProblem = FileSystemError(path: "/lib/.t.reactions.json.1-a.tmp", operation: .write, code: 5)

    static let inputSamples: [ReactionInputError] = [
        .emptyText,
        .textTooLong(characters: 10_001),
        .controlCharacterInText("\u{1B}", line: 2),
        .nameTooLong(characters: 81),
        .controlCharacterInName("\n"),
        .unknownReply("abc"),
        .invisibleCharacterInName("\u{202E}"),
    ]

    static let storeSamples: [ReactionStoreError] = inputSamples.map(ReactionStoreError.invalid) + [
        .unreadable(ReactionsError(file: "/lib/t.reactions.json", line: 3, column: 17, problem: .syntax(.unexpected(.character(","), expected: .value)))),
        .newerFormat(file: "/lib/t.reactions.json", version: 2),
        .notWritable(file: "/lib/t.reactions.json", fileProblem),
        .diskFull(file: "/lib/t.reactions.json", fileProblem),
        .writeFailed(file: "/lib/t.reactions.json", fileProblem),
        .notSynced(file: "/lib/t.reactions.json", fileProblem),
        .busy(file: "/lib/t.reactions.json", lockFile: "/lib/.t.reactions.lock", seconds: 10),
        .cancelled(file: "/lib/t.reactions.json"),
        .damaged(file: "/lib/t.reactions.json", line: 4),
        .closed(file: "/lib/t.reactions.json"),
        .notRegularFile(file: "/lib/t.reactions.json", .symbolicLink),
    ]

    static let configSamples: [ConfigError.Problem] = [
        .unreadable(FileSystemError(path: "/c/parley/config", operation: .read, code: 13)),
        .notUTF8,
        .syntax(.frontMatter(.noSpaceAfterColon(key: "name"))),
        .givenTwice(key: "name"),
        .unknownSetting(key: "nmae", known: ["name", "theme"]),
    ]

    static func kind(of problem: ConfigError.Problem) -> String {
        switch problem {
        case .unreadable: "unreadable"
        case .notUTF8: "notUTF8"
        case .syntax: "syntax"
        case .givenTwice: "givenTwice"
        case .unknownSetting: "unknownSetting"
        }
    }

    static func kind(of error: ReactionInputError) -> String {
        switch error {
        case .emptyText: "emptyText"
        case .textTooLong: "textTooLong"
        case .controlCharacterInText: "controlCharacterInText"
        case .nameTooLong: "nameTooLong"
        case .controlCharacterInName: "controlCharacterInName"
        case .unknownReply: "unknownReply"
        case .invisibleCharacterInName: "invisibleCharacterInName"
        }
    }

    static func kind(of error: ReactionStoreError) -> String {
        switch error {
        case .invalid(let input): "invalid." + kind(of: input)
        case .unreadable: "unreadable"
        case .newerFormat: "newerFormat"
        case .notWritable: "notWritable"
        case .diskFull: "diskFull"
        case .writeFailed: "writeFailed"
        case .notSynced: "notSynced"
        case .busy: "busy"
        case .cancelled: "cancelled"
        case .damaged: "damaged"
        case .closed: "closed"
        case .notRegularFile: "notRegularFile"
        }
    }

    /// Both languages have words, they differ, and no placeholder or Swift
    /// value description leaked into them.
    public static func checkBothLanguages(_ english: String, _ dutch: String) {
        #expect(!english.isEmpty)
        #expect(!dutch.isEmpty)
        #expect(english != dutch)
        for text in [english, dutch] {
            #expect(!text.contains("{"), "a placeholder is left in: \(text)")
            #expect(!text.contains("\\("), "a placeholder is left in: \(text)")
            for leak in ["Error(", "Problem(", "Problem.", "JSONToken", "JSONKind", "FileOperation", "FileKind", "Optional("] {
                #expect(!text.contains(leak), "a value description leaked into: \(text)")
            }
            #expect(!text.contains("\n"), "a message is one line: \(text)")
        }
    }

    @Test("the samples name every case of every message")
    func samplesCoverEveryCase() {
        // One sample per case: a duplicated kind means a missing one.
        #expect(Set(Self.inputSamples.map(Self.kind)).count == Self.inputSamples.count)
        #expect(Set(Self.storeSamples.map(Self.kind)).count == Self.storeSamples.count)
        #expect(Set(Self.configSamples.map(Self.kind)).count == Self.configSamples.count)
        #expect(Self.configSamples.count == 5)
        // The store's cases besides `invalid`, and each input case inside it.
        #expect(Self.storeSamples.count == Self.inputSamples.count + 11)
    }

    @Test("a refused reaction is said in English and Dutch", arguments: inputSamples)
    func inputMessages(_ error: ReactionInputError) {
        Self.checkBothLanguages(Catalogue(.english).message(error), Catalogue(.dutch).message(error))
        #expect(Catalogue(.english).refusal(error) == "Not posted: " + Catalogue(.english).message(error))
        #expect(Catalogue(.dutch).refusal(error) == "Niet geplaatst: " + Catalogue(.dutch).message(error))
    }

    @Test("a reaction the store did not add is said in English and Dutch", arguments: storeSamples)
    func storeMessages(_ error: ReactionStoreError) {
        Self.checkBothLanguages(Catalogue(.english).message(error), Catalogue(.dutch).message(error))
        Self.checkBothLanguages(Catalogue(.english).refusal(error), Catalogue(.dutch).refusal(error))
    }

    @Test("a mistake in the config file is said in English and Dutch, after its file and line", arguments: configSamples)
    func configMessages(_ problem: ConfigError.Problem) {
        let error = ConfigError(file: "/c/parley/config", line: 2, problem: problem)
        let english = Catalogue(.english).message(error)
        let dutch = Catalogue(.dutch).message(error)
        #expect(english.hasPrefix("/c/parley/config:2: "))
        #expect(dutch.hasPrefix("/c/parley/config:2: "))
        Self.checkBothLanguages(english, dutch)
    }
}
