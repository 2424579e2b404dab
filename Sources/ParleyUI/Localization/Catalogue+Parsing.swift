import ParleyKit

/// The words of what ParleyKit finds wrong in files: articles, front matter,
/// JSON, reactions files, drafts, the reading state, imports and
/// `parley check`. Each case is said once per language, here; the switches
/// have no `default`, so a new case fails to build until it has words, and
/// `MessageCatalogueTests` fails until it has a sample.
extension Catalogue {
    /// "file:line:column: ", "file:line: " or "file: ".
    func place(_ file: String, _ line: Int?, _ column: Int? = nil) -> String {
        switch (line, column) {
        case let (line?, column?): "\(file):\(line):\(column): "
        case let (line?, nil): "\(file):\(line): "
        default: "\(file): "
        }
    }

    // MARK: - JSON

    /// What stands where a JSON document breaks: "'x'", "end of file", "byte 0x7".
    public func words(_ token: JSONToken) -> String {
        switch token {
        case .endOfFile: pick("end of file", "einde van het bestand")
        case .character(let character): "'\(character)'"
        case .byte(let byte): "byte 0x\(hex(byte))"
        }
    }

    private func hex(_ byte: UInt8) -> String { String(byte, radix: 16, uppercase: true) }

    public func words(_ expectation: JSONExpectation) -> String {
        switch expectation {
        case .value: pick("a value", "een waarde")
        case .key: pick("a key in double quotes", "een sleutel tussen dubbele aanhalingstekens")
        case .colon: pick("':' after a key", "':' na een sleutel")
        case .commaOrBrace: pick("',' or '}'", "',' of '}'")
        case .commaOrBracket: pick("',' or ']'", "',' of ']'")
        }
    }

    /// "an array", "null".
    public func words(_ kind: JSONKind) -> String {
        switch kind {
        case .null: "null"
        case .boolean: pick("a boolean", "een boolean")
        case .number: pick("a number", "een getal")
        case .string: pick("a string", "een string")
        case .array: pick("an array", "een array")
        case .object: pick("an object", "een object")
        }
    }

    public func message(_ problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .textAfterDocument(let token):
            pick("unexpected \(words(token)) after the end of the document", "onverwacht \(words(token)) na het einde van het document")
        case let .unexpected(token, expected):
            pick("unexpected \(words(token)), expected \(words(expected))", "onverwacht \(words(token)), verwacht: \(words(expected))")
        case .nestedTooDeep(let limit):
            pick("nested deeper than \(limit) levels", "dieper genest dan \(limit) niveaus")
        case .keyTwice(let key):
            pick("the key \"\(key)\" appears twice in one object", "de sleutel \"\(key)\" staat twee keer in één object")
        case .numberWithoutDigits: pick("a number needs digits", "een getal heeft cijfers nodig")
        case .numberStartsWithZero: pick("a number must not start with 0", "een getal mag niet met 0 beginnen")
        case .numberWithoutFractionDigits: pick("a number needs digits after '.'", "een getal heeft cijfers na '.' nodig")
        case .numberWithoutExponentDigits: pick("a number needs digits in its exponent", "een getal heeft cijfers in zijn exponent nodig")
        case .unterminatedString: pick("unterminated string", "string zonder einde")
        case .invalidEscape(let token): pick("invalid escape \\\(words(token))", "ongeldige escape \\\(words(token))")
        case .controlCharacterInString(let byte):
            pick("a control character (byte 0x\(hex(byte))) inside a string must be escaped",
                 "een stuurteken (byte 0x\(hex(byte))) in een string moet geëscapet zijn")
        case .unicodeEscapeWithoutFourHexDigits: pick("\\u needs four hex digits", "\\u heeft vier hexadecimale cijfers nodig")
        }
    }

    /// "line 3, column 4: ..." (a document without a file name).
    public func message(_ error: JSONParser.SyntaxError) -> String {
        pick("line \(error.line), column \(error.column): ", "regel \(error.line), kolom \(error.column): ") + message(error.problem)
    }

    // MARK: - Articles

    /// "file:line: problem".
    public func message(_ error: ArticleError) -> String {
        place(error.file, error.line) + message(error.problem)
    }

    public func message(_ problem: ArticleProblem) -> String {
        switch problem {
        case .noSuchArticle: pick("no such article", "dat artikel bestaat niet")
        case .tooLarge(let megabytes):
            pick("cannot read: larger than \(megabytes) MB, the most parley reads in an article",
                 "kan niet lezen: groter dan \(megabytes) MB, het meeste dat parley van een artikel leest")
        case .cannotRead(let error): pick("cannot read: \(reason(error))", "kan niet lezen: \(reason(error))")
        case .utf16: pick("the file is UTF-16, not UTF-8; save it as UTF-8", "het bestand is UTF-16, geen UTF-8; bewaar het als UTF-8")
        case .emptySectionHeading: pick("a section heading has no text", "een kop van een deel heeft geen tekst")
        case .emptyQuestionHeading: pick("a question heading ('##') has no text", "een vraagkop ('##') heeft geen tekst")
        case .frontMatter(let problem): message(problem)
        }
    }

    public func message(_ problem: FrontMatterProblem) -> String {
        switch problem {
        case .missing:
            pick("the file must start with front matter: a line '---', then 'title: ...', then '---'",
                 "het bestand moet met front matter beginnen: een regel '---', dan 'title: ...', dan '---'")
        case .notClosed:
            pick("the front matter that starts here is never closed by a '---' line",
                 "de front matter die hier begint wordt nergens afgesloten met een regel '---'")
        case .noTitle: pick("the front matter has no 'title'", "de front matter heeft geen 'title'")
        case .emptyTitle: pick("the title is empty", "de titel is leeg")
        case .publishedNotADate(let found):
            pick("'published' must be a date written YYYY-MM-DD, found '\(found)'",
                 "'published' moet een datum zijn, geschreven als JJJJ-MM-DD; gevonden: '\(found)'")
        case .languageNotACode(let found):
            pick("'language' must be a language code such as 'nl' or 'en', found '\(found)'",
                 "'language' moet een taalcode zijn, zoals 'nl' of 'en'; gevonden: '\(found)'")
        case .givenTwice(let key): pick("'\(key)' is given twice", "'\(key)' staat er twee keer in")
        case .indented:
            pick("indented lines (nested values) are not supported in front matter; write 'key: value' at the start of the line",
                 "ingesprongen regels (geneste waarden) kunnen niet in front matter; schrijf 'sleutel: waarde' aan het begin van de regel")
        case .controlCharacter: pick("front matter contains a control character", "de front matter bevat een stuurteken")
        case .notKeyValue(let found): pick("expected 'key: value', found '\(found)'", "verwacht: 'sleutel: waarde'; gevonden: '\(found)'")
        case let .invalidKey(key, dotted):
            pick("'\(key)' is not a key: use letters, digits, '-'\(dotted ? ", '.'" : "") and '_'",
                 "'\(key)' is geen sleutel: gebruik letters, cijfers, '-'\(dotted ? ", '.'" : "") en '_'")
        case .noSpaceAfterColon(let key): pick("put a space after the ':' of '\(key)'", "zet een spatie na de ':' van '\(key)'")
        case .noValue(let key): pick("'\(key)' has no value", "'\(key)' heeft geen waarde")
        case .singleQuoted:
            pick("single-quoted values are not supported; use double quotes",
                 "waarden tussen enkele aanhalingstekens kunnen niet; gebruik dubbele")
        case .listOrMap(let key):
            pick("lists and maps are not supported in front matter; '\(key)' must be a single value",
                 "lijsten en maps kunnen niet in front matter; '\(key)' moet één waarde zijn")
        case .blockScalar:
            pick("block scalars ('|', '>') are not supported; write the value on one line, in double quotes if needed",
                 "blokwaarden ('|', '>') kunnen niet; schrijf de waarde op één regel, zo nodig tussen dubbele aanhalingstekens")
        case .anchorAliasOrTag:
            pick("YAML anchors, aliases and tags are not supported", "YAML-ankers, -aliassen en -tags kunnen niet")
        case .reservedStart(let start):
            pick("a value may not start with '\(start)' unless it is in double quotes",
                 "een waarde mag niet met '\(start)' beginnen, tenzij ze tussen dubbele aanhalingstekens staat")
        case .onlyComment(let key):
            pick("'\(key)' has no value (what follows '#' is a comment)", "'\(key)' heeft geen waarde (wat na '#' komt is commentaar)")
        case .unquotedColon:
            pick("a value containing ':' followed by a space must be in double quotes",
                 "een waarde met ':' en daarna een spatie moet tussen dubbele aanhalingstekens staan")
        case .unquotedComment(let key):
            pick("' #' starts a comment in YAML; put the value of '\(key)' in double quotes",
                 "' #' begint commentaar in YAML; zet de waarde van '\(key)' tussen dubbele aanhalingstekens")
        case .textAfterClosingQuote(let key):
            pick("unexpected text after the closing quote of '\(key)'", "onverwachte tekst na het sluitende aanhalingsteken van '\(key)'")
        case .endsInsideEscape(let key):
            pick("the value of '\(key)' ends inside an escape", "de waarde van '\(key)' eindigt midden in een escape")
        case let .badHexEscape(escape, digits, key):
            pick("'\\\(escape)' in the value of '\(key)' needs \(digits) hex digits of a valid code point",
                 "'\\\(escape)' in de waarde van '\(key)' heeft \(digits) hexadecimale cijfers van een geldig codepunt nodig")
        case let .unknownEscape(escape, key):
            pick("unknown escape '\\\(escape)' in the value of '\(key)'", "onbekende escape '\\\(escape)' in de waarde van '\(key)'")
        case .noClosingQuote(let key):
            pick("the value of '\(key)' has no closing double quote", "de waarde van '\(key)' heeft geen sluitend dubbel aanhalingsteken")
        }
    }

    /// "file:line: warning".
    public func message(_ warning: ArticleWarning) -> String {
        place(warning.file, warning.line) + message(warning.problem)
    }

    public func message(_ problem: ArticleWarning.Problem) -> String {
        switch problem {
        case .invalidUTF8: pick("bytes that are not UTF-8 are shown as \u{FFFD}", "bytes die geen UTF-8 zijn staan er als \u{FFFD}")
        case .windows1252:
            pick("the file is not UTF-8; it is read as Windows-1252 (save it as UTF-8)",
                 "het bestand is geen UTF-8; het is gelezen als Windows-1252 (bewaar het als UTF-8)")
        }
    }

    // MARK: - Reactions files

    /// "file:line:column: problem".
    public func message(_ error: ReactionsError) -> String {
        place(error.file, error.line, error.column) + message(error.problem)
    }

    public func message(_ problem: ReactionsProblem) -> String {
        switch problem {
        case .cannotRead(let error): pick("cannot read: \(reason(error))", "kan niet lezen: \(reason(error))")
        case .tooLarge(let megabytes):
            pick("cannot read: larger than \(megabytes) MB, the most parley reads in a reactions file",
                 "kan niet lezen: groter dan \(megabytes) MB, het meeste dat parley van een reactiebestand leest")
        case .syntax(let problem): message(problem)
        case .notAnObject(let found):
            pick("expected an object with \"version\", \"article\" and \"reactions\", found \(words(found))",
                 "verwacht: een object met \"version\", \"article\" en \"reactions\"; gevonden: \(words(found))")
        case .versionNotANumber:
            pick("\"version\" must be a whole number of 1 or more", "\"version\" moet een geheel getal van 1 of meer zijn")
        case .articleNotAString:
            pick("\"article\" must be the article's slug, a string", "\"article\" moet de naam van het artikel zijn, een string")
        case .reactionsNotAnArray: pick("\"reactions\" must be an array", "\"reactions\" moet een array zijn")
        case .conflictsNotAnArray: pick("\"conflicts\" must be an array", "\"conflicts\" moet een array zijn")
        case let .reactionNotAnObject(number, found):
            pick("reaction \(number) must be an object, found \(words(found))",
                 "reactie \(number) moet een object zijn; gevonden: \(words(found))")
        case .reactionWithoutID(let number):
            pick("reaction \(number) has no \"id\" string", "reactie \(number) heeft geen string \"id\"")
        case let .sameID(number, earlier, id):
            pick("reaction \(number) has the same id as reaction \(earlier): \(id)",
                 "reactie \(number) heeft dezelfde id als reactie \(earlier): \(id)")
        case .reactionWithoutText(let number):
            pick("reaction \(number) has no \"text\" string", "reactie \(number) heeft geen string \"text\"")
        case let .fieldNotAString(number, field, found):
            pick("reaction \(number): \"\(field)\" must be a string or null, found \(words(found))",
                 "reactie \(number): \"\(field)\" moet een string of null zijn; gevonden: \(words(found))")
        case let .postedNotATime(number, found):
            pick("reaction \(number): \"posted\" must be an ISO 8601 time such as 2026-11-29T13:05:00Z, found \"\(found)\"",
                 "reactie \(number): \"posted\" moet een ISO 8601-tijd zijn, zoals 2026-11-29T13:05:00Z; gevonden: \"\(found)\"")
        }
    }

    // MARK: - Drafts

    public func message(_ error: DraftError) -> String {
        switch error {
        case let .unreadable(file, line, column, problem): place(file, line, column) + message(problem)
        case .fileSystem(let error): message(error)
        case .invalidArticleName(let slug): pick("'\(slug)' is not an article name", "'\(slug)' is geen artikelnaam")
        }
    }

    public func message(_ problem: DraftProblem) -> String {
        switch problem {
        case .syntax(let problem): message(problem)
        case .notAnObject(let found): pick("expected an object, found \(words(found))", "verwacht: een object; gevonden: \(words(found))")
        case let .fieldNotAString(field, found):
            pick("\"\(field)\" must be a string or null, found \(words(found))",
                 "\"\(field)\" moet een string of null zijn; gevonden: \(words(found))")
        case .noText: pick("there is no \"text\" string", "er is geen string \"text\"")
        }
    }

    // MARK: - The reading state

    public func message(_ problem: ReadingStateProblem) -> String {
        switch problem {
        case .syntax(let problem): message(problem)
        case let .notAnObject(part, found):
            pick("\(words(part)) must be an object, found \(words(found))", "\(words(part)) moet een object zijn; gevonden: \(words(found))")
        case .noVersion: pick("there is no \"version\" number", "er is geen getal \"version\"")
        case .unknownVersion(let version): pick("unknown version \(version)", "onbekende versie \(version)")
        case .nameNotAString(let found):
            pick("\"name\" must be a string or null, found \(words(found))", "\"name\" moet een string of null zijn; gevonden: \(words(found))")
        case .invalidArticleName(let slug): pick("'\(slug)' is not an article name", "'\(slug)' is geen artikelnaam")
        case .noChangedTime(let slug): pick("article '\(slug)' has no \"changed\" time", "artikel '\(slug)' heeft geen tijd \"changed\"")
        case .openedNotATime(let slug): pick("article '\(slug)': \"opened\" is not a time", "artikel '\(slug)': \"opened\" is geen tijd")
        case .positionDamaged(let slug):
            pick("article '\(slug)': \"position\" must be [block, offset, fingerprint]",
                 "artikel '\(slug)': \"position\" moet [blok, positie, vingerafdruk] zijn")
        case .seenDamaged(let slug): pick("article '\(slug)': \"seen\" is damaged", "artikel '\(slug)': \"seen\" is beschadigd")
        }
    }

    private func words(_ part: ReadingStateProblem.Part) -> String {
        switch part {
        case .file: pick("the file", "het bestand")
        case .articles: "\"articles\""
        case .article(let slug): pick("article '\(slug)'", "artikel '\(slug)'")
        case .seen(let slug): pick("article '\(slug)': \"seen\"", "artikel '\(slug)': \"seen\"")
        }
    }

    // MARK: - Importing

    /// "file: problem".
    public func message(_ error: ImportError) -> String {
        place(error.file, nil) + message(error.problem)
    }

    public func message(_ problem: ImportError.Problem) -> String {
        switch problem {
        case .utf16: pick("the text is UTF-16, not UTF-8; save it as UTF-8", "de tekst is UTF-16, geen UTF-8; bewaar hem als UTF-8")
        case .notText:
            pick("this is not text (a document, an image or an archive): give a plain-text copy of the interview",
                 "dit is geen tekst (een document, een afbeelding of een archief): geef een kopie van het interview als platte tekst")
        case .empty: pick("the text is empty: there is nothing to import", "de tekst is leeg: er is niets te importeren")
        case .invalidSlug(let slug):
            pick("'\(slug)' cannot be an article name: no '/', no leading '.', no control characters",
                 "'\(slug)' kan geen artikelnaam zijn: geen '/', geen '.' vooraan, geen stuurtekens")
        case .noSlugFromTitle(let title):
            pick("cannot make an article name from the title \"\(title)\"; give one with --slug",
                 "kan geen artikelnaam maken van de titel \"\(title)\"; geef er een met --slug")
        case .doesNotReadBack(let error):
            pick("the article written for this text does not read back (\(message(error))); please report this",
                 "het artikel dat voor deze tekst is geschreven leest niet terug (\(message(error))); meld dit alsjeblieft")
        }
    }

    public func message(_ error: Library.AddError) -> String {
        switch error {
        case .exists(let path):
            pick("\(path) already exists; parley never replaces an article: choose another --slug, or remove it first",
                 "\(path) bestaat al; parley vervangt nooit een artikel: kies een andere --slug of verwijder het eerst")
        case .file(let error): message(error)
        }
    }

    // MARK: - parley check

    /// One line of `parley check`: "file:line: problem".
    public func message(_ problem: LibraryProblem) -> String {
        switch problem {
        case .article(let error): message(error)
        case .warning(let warning): message(warning)
        case .reactions(let error): message(error)
        case let .otherArticle(file, article, slug):
            pick("\(file): \"article\" is \"\(article)\", but the file belongs to \"\(slug)\"",
                 "\(file): \"article\" is \"\(article)\", maar het bestand hoort bij \"\(slug)\"")
        case let .damagedLine(file, line):
            pick("\(file):\(line): text that is not UTF-8 (or a lone surrogate), shown as \u{FFFD}; parley will not add reactions until it is fixed",
                 "\(file):\(line): tekst die geen UTF-8 is (of een losse surrogaat), getoond als \u{FFFD}; parley voegt geen reacties toe tot dat hersteld is")
        case let .replyToMissing(file, number, replyTo):
            pick("\(file): reaction \(number) replies to \(replyTo), which is not in the file",
                 "\(file): reactie \(number) antwoordt op \(replyTo), die niet in het bestand staat")
        case let .conflictingReaction(file, id):
            pick("\(file): reaction \(id) has another version under \"conflicts\": keep the right one in \"reactions\" and delete the entry",
                 "\(file): reactie \(id) heeft een andere versie onder \"conflicts\": houd de juiste in \"reactions\" en verwijder het item")
        case let .conflictingField(file, field):
            pick("\(file): the field \"\(field)\" has another value under \"conflicts\": keep the right one and delete the entry",
                 "\(file): het veld \"\(field)\" heeft een andere waarde onder \"conflicts\": houd de juiste en verwijder het item")
        case .unknownConflict(let file):
            pick("\(file): an entry under \"conflicts\" is neither a reaction nor a field: check it and delete it",
                 "\(file): een item onder \"conflicts\" is geen reactie en geen veld: kijk het na en verwijder het")
        case let .noArticle(file, slug):
            pick("\(file): there is no article \(slug).md for these reactions", "\(file): er is geen artikel \(slug).md bij deze reacties")
        }
    }
}
