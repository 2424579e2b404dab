import ParleyKit
import ParleyUI
import Testing

/// What the composer says when the store refuses a reaction, in both UI
/// languages: one line that names the file and what to do.
@Suite("Composer refusals")
struct RefusalMessageTests {
    static let file = "/lib/t.reactions.json"
    static func error(_ code: Int32, _ operation: FileOperation = .write) -> FileSystemError {
        FileSystemError(path: "/lib/.t.reactions.json.12-ab.tmp", operation: operation, code: code)
    }

    static let cases: [(ReactionStoreError, String, String)] = [
        (.invalid(.emptyText), "Not posted: the reaction is empty: write some text",
         "Niet geplaatst: de reactie is leeg: schrijf eerst iets"),
        (.invalid(.textTooLong(characters: 10_001)), "Not posted: the reaction is 10001 characters long; at most 10000 are allowed",
         "Niet geplaatst: de reactie is 10001 tekens lang; er mogen er hoogstens 10.000 zijn"),
        (.invalid(.controlCharacterInText("\u{1B}", line: 2)),
         "Not posted: the reaction contains a control character (U+001B ESC) on line 2; only line breaks are allowed",
         "Niet geplaatst: de reactie bevat een stuurteken (U+001B ESC) op regel 2; alleen regeleinden mogen"),
        (.invalid(.unknownReply("abc")), "Not posted: there is no reaction with id abc to reply to",
         "Niet geplaatst: er is geen reactie met id abc om op te antwoorden"),
        (.unreadable(ReactionsError(file: file, line: 3, column: 17, problem: .syntax(.unexpected(.character(","), expected: .value)))),
         "Not posted: /lib/t.reactions.json:3:17: unexpected ',', expected a value (parley never changes a reactions file it cannot read; fix or move it to add reactions)",
         "Niet geplaatst: /lib/t.reactions.json:3:17: onverwacht ',', verwacht: een waarde (parley verandert nooit een reactiebestand dat het niet kan lezen; herstel of verplaats het om te reageren)"),
        (.notWritable(file: file, error(30)),
         "Not posted: cannot write in /lib: Read-only file system; t.reactions.json is unchanged",
         "Niet geplaatst: kan niet schrijven in /lib: alleen-lezen bestandssysteem; t.reactions.json is niet veranderd"),
        (.diskFull(file: file, error(28)),
         "Not posted: cannot write /lib/t.reactions.json: No space left on device; the file is unchanged",
         "Niet geplaatst: kan /lib/t.reactions.json niet schrijven: geen ruimte meer op het apparaat; het bestand is niet veranderd"),
        (.busy(file: file, lockFile: "/lib/.t.reactions.lock", seconds: 10),
         "Not posted: /lib/t.reactions.json is being changed by another parley (/lib/.t.reactions.lock has been locked for 10 seconds); try again",
         "Niet geplaatst: /lib/t.reactions.json wordt door een andere parley veranderd (/lib/.t.reactions.lock is al 10 seconden vergrendeld); probeer het opnieuw"),
        // Written, only not synced: not "not posted".
        (.notSynced(file: file, error(5, .syncFolder)),
         "the reaction was written to /lib/t.reactions.json, but /lib/.t.reactions.json.12-ab.tmp: cannot sync the folder: Input/output error; check the file before posting again",
         "de reactie is in /lib/t.reactions.json geschreven, maar /lib/.t.reactions.json.12-ab.tmp: kan de map niet naar schijf schrijven: invoer-/uitvoerfout; kijk het bestand na voordat je opnieuw plaatst"),
    ]

    @Test(arguments: cases)
    func refusal(_ error: ReactionStoreError, _ english: String, _ dutch: String) {
        #expect(Catalogue(.english).refusal(error) == english)
        #expect(Catalogue(.dutch).refusal(error) == dutch)
    }
}
