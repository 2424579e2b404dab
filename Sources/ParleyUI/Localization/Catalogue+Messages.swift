import ParleyKit

/// The words of ParleyKit's typed errors, in every language, each said once.
/// The command line and the screens both come here, so `parley react --lang nl`
/// and the composer say the same thing.
///
/// Adding a case to one of these errors fails to compile until it has words
/// here (the switches are exhaustive), and `MessageCatalogueTests` fails until
/// it has a sample there.
extension Catalogue {
    // MARK: - A reaction refused before it is stored

    /// Why a reaction was refused, as one line (no "Not posted:" before it).
    public func message(_ error: ReactionInputError) -> String {
        switch error {
        case .emptyText:
            pick("the reaction is empty: write some text",
                 "de reactie is leeg: schrijf eerst iets")
        case .textTooLong(let count):
            pick("the reaction is \(count) characters long; at most \(ReactionInput.maximumTextLength) are allowed",
                 "de reactie is \(count) tekens lang; er mogen er hoogstens \(grouped(ReactionInput.maximumTextLength)) zijn")
        case .controlCharacterInText(let scalar, let line):
            pick("the reaction contains a control character (\(ReactionInputError.name(of: scalar))) on line \(line); only line breaks are allowed",
                 "de reactie bevat een stuurteken (\(ReactionInputError.name(of: scalar))) op regel \(line); alleen regeleinden mogen")
        case .nameTooLong(let count):
            pick("the name is \(count) characters long; at most \(ReactionInput.maximumNameLength) are allowed",
                 "de naam is \(count) tekens lang; er mogen er hoogstens \(ReactionInput.maximumNameLength) zijn")
        case .controlCharacterInName(let scalar):
            pick("the name contains a control character (\(ReactionInputError.name(of: scalar))); a name is one line of text",
                 "de naam bevat een stuurteken (\(ReactionInputError.name(of: scalar))); een naam is één regel tekst")
        case .unknownReply(let id):
            pick("there is no reaction with id \(id) to reply to",
                 "er is geen reactie met id \(id) om op te antwoorden")
        case .invisibleCharacterInName(let scalar):
            pick("the name contains an invisible or direction-changing character (\(ReactionInputError.name(of: scalar))); a name shows every letter it has",
                 "de naam bevat een onzichtbaar of richtingveranderend teken (\(ReactionInputError.name(of: scalar))); een naam toont elke letter die hij heeft")
        }
    }

    // MARK: - A reaction the store did not add

    /// Why the store did not add a reaction, as one line; the command line
    /// prints it after "parley: ".
    public func message(_ error: ReactionStoreError) -> String {
        switch error {
        case .invalid(let input):
            message(input)
        case .unreadable(let problem):
            pick("\(message(problem)) (parley never changes a reactions file it cannot read; fix or move it to add reactions)",
                 "\(message(problem)) (parley verandert nooit een reactiebestand dat het niet kan lezen; herstel of verplaats het om te reageren)")
        case .newerFormat(let file, let version):
            pick("\(file): written by a newer parley (format version \(version); this parley writes version \(ReactionsDocument.currentVersion)): it can be read but not changed by this parley",
                 "\(file): geschreven door een nieuwere parley (formaatversie \(version); deze parley schrijft versie \(ReactionsDocument.currentVersion)): lezen kan, veranderen niet")
        case .notWritable(let file, let problem):
            pick("cannot write in \(FileSystem.folder(of: file)): \(reason(problem)); \(FileSystem.name(of: file)) is unchanged",
                 "kan niet schrijven in \(FileSystem.folder(of: file)): \(reason(problem)); \(FileSystem.name(of: file)) is niet veranderd")
        case .diskFull(let file, let problem):
            pick("cannot write \(file): \(reason(problem)); the file is unchanged",
                 "kan \(file) niet schrijven: \(reason(problem)); het bestand is niet veranderd")
        case .writeFailed(let file, let problem):
            pick("\(message(problem)); \(FileSystem.name(of: file)) is unchanged",
                 "\(message(problem)); \(FileSystem.name(of: file)) is niet veranderd")
        case .notSynced(let file, let problem):
            pick("the reaction was written to \(file), but \(message(problem)); check the file before posting again",
                 "de reactie is in \(file) geschreven, maar \(message(problem)); kijk het bestand na voordat je opnieuw plaatst")
        case .busy(let file, let lockFile, let seconds):
            pick("\(file) is being changed by another parley (\(lockFile) has been locked for \(seconds) seconds); try again",
                 "\(file) wordt door een andere parley veranderd (\(lockFile) is al \(seconds) seconden vergrendeld); probeer het opnieuw")
        case .cancelled(let file):
            pick("you stopped waiting for \(file), which another writer was changing; nothing was written",
                 "je bent gestopt met wachten op \(file), dat een ander aan het veranderen was; er is niets geschreven")
        case .damaged(let file, let line):
            pick("\(file):\(line): text that is not UTF-8 (or a lone surrogate); parley will not rewrite the file and lose it: fix that line to add reactions",
                 "\(file):\(line): tekst die geen UTF-8 is (of een losse surrogaat); parley herschrijft het bestand niet, want dan gaat die verloren: herstel die regel om te reageren")
        case .closed(let file):
            pick("\(file) is read-only (no write permission for its owner): reactions to this article are closed",
                 "\(file) is alleen-lezen (geen schrijfrecht voor de eigenaar): reageren op dit artikel is gesloten")
        case .notRegularFile(let file, let kind):
            pick("\(file): \(notRegularReason(kind)); parley does not add reactions to it",
                 "\(file): \(notRegularReason(kind)); parley voegt er geen reacties aan toe")
        }
    }

    // MARK: - The config file

    /// What is wrong with the config file: "file:line: problem".
    public func message(_ error: ConfigError) -> String {
        let place = error.line.map { "\(error.file):\($0)" } ?? error.file
        return place + ": " + message(error.problem)
    }

    public func message(_ problem: ConfigError.Problem) -> String {
        switch problem {
        case .unreadable(let error):
            pick("cannot read: \(reason(error))", "kan niet lezen: \(reason(error))")
        case .notUTF8:
            pick("the line is not valid UTF-8", "de regel is geen geldige UTF-8")
        case .syntax(let problem):
            message(problem)
        case .givenTwice(let key):
            pick("'\(key)' is given twice", "'\(key)' staat er twee keer in")
        case .unknownSetting(let key, let known):
            pick("unknown setting '\(key)'; parley knows: \(known.joined(separator: ", "))",
                 "onbekende instelling '\(key)'; parley kent: \(known.joined(separator: ", "))")
        }
    }

    // MARK: - The same, as the composer shows it

    /// Why a reaction was not posted, as the composer shows it.
    public func refusal(_ error: ReactionInputError) -> String {
        pick("Not posted: ", "Niet geplaatst: ") + message(error)
    }

    /// Why the store did not add a reaction, as the composer shows it.
    public func refusal(_ error: ReactionStoreError) -> String {
        // Written after all, only not synced: "not posted" would be untrue.
        if case .notSynced = error { return message(error) }
        return pick("Not posted: ", "Niet geplaatst: ") + message(error)
    }
}
