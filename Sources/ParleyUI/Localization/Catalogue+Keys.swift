import ParleyKit

/// The words of the key table and the settings file: hint lines, help rows
/// of the outline and the prompts, and the settings' errors.
extension Catalogue {
    /// `FILE:LINE: problem`, one line.
    public func describe(_ error: SettingsError) -> String {
        "\(error.file):\(error.line): " + describe(error.problem)
    }

    public func describe(_ problem: SettingsError.Problem) -> String {
        switch problem {
        case .unknownTheme(let name):
            let themes = Palette.Name.allCases.map(\.rawValue).joined(separator: ", ")
            return pick("unknown theme '\(name)'; parley has: \(themes)", "onbekend thema '\(name)'; parley kent: \(themes)")
        case .unknownRole(let key):
            let roles = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
            return pick("unknown setting '\(key)'; colours can be set for: \(roles)",
                        "onbekende instelling '\(key)'; kleuren zijn in te stellen voor: \(roles)")
        case .badColour(let value):
            let colours = TerminalColor.names.joined(separator: ", ")
            let attributes = CellAttributes.names.joined(separator: ", ")
            return pick("bad colour '\(value)': use a colour, 'on' and a background colour, attributes (colours: \(colours); attributes: \(attributes))",
                        "ongeldige kleur '\(value)': gebruik een kleur, 'on' en een achtergrondkleur, attributen (kleuren: \(colours); attributen: \(attributes))")
        case .unknownMode(let key):
            let modes = KeyMode.allCases.filter { $0 != .help }.map(\.rawValue).joined(separator: ", ")
            return pick("unknown setting '\(key)'; keys are set as key.MODE.ACTION, modes: \(modes)",
                        "onbekende instelling '\(key)'; toetsen stel je in als key.MODUS.ACTIE, modi: \(modes)")
        case .unknownAction(let action, let mode):
            let actions = KeyTable.actionNames(KeyMode(rawValue: mode) ?? .reader).joined(separator: ", ")
            return pick("unknown action '\(action)' in \(mode); actions: \(actions)",
                        "onbekende actie '\(action)' in \(mode); acties: \(actions)")
        case .unknownKey(let word):
            return pick("unknown key '\(word)': write a character (j, G, ?), Ctrl-X, F1..F12 or a name (Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn), or none",
                        "onbekende toets '\(word)': schrijf een teken (j, G, ?), Ctrl-X, F1..F12 of een naam (Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn), of none")
        case .keyTwice(let key, let mode, let other, let otherLine):
            return pick("\(key) is bound twice in \(mode): also to \(other) on line \(otherLine)",
                        "\(key) is twee keer gebonden in \(mode): ook aan \(other) op regel \(otherLine)")
        case .noWayOut(let mode, let actions):
            let names = actions.joined(separator: pick(" or ", " of "))
            return pick("this leaves \(mode) without a key for \(names), so it could not be left; bind one of them to a key",
                        "hierdoor heeft \(mode) geen toets meer voor \(names) en kom je er niet uit; bind er een aan een toets")
        }
    }
}

// MARK: - Hint lines, made from the key table

extension Catalogue {
    /// "Enter open · / filter · ? help · q quit": each action's first key
    /// as the user has it, so a rebound key is what the hint says. An
    /// action without a key is left out.
    func hint<Action: KeyAction>(_ keymap: Keymap<Action>, _ items: [(Action, String)]) -> String {
        items.compactMap { action, word in
            keymap.shownKeys(for: action).first.map { $0.label(self) + " " + word }
        }.joined(separator: " · ")
    }

    public func libraryHint(_ keys: KeyTable) -> String {
        hint(keys.library, [(.open, pick("open", "open")), (.filter, pick("filter", "filter")),
                            (.help, pick("help", "hulp")), (.quit, pick("quit", "stop"))])
    }

    /// The reader's status line: "? help".
    public func helpHint(_ keys: KeyTable) -> String {
        hint(keys.reader, [(.help, pick("help", "hulp"))])
    }

    public func outlineHint(_ keys: KeyTable) -> String {
        hint(keys.outline, [(.go, pick("jump", "ga erheen")), (.close, pick("close", "sluit"))])
    }

    public func composerHint(nameHasFocus: Bool, keys: KeyTable) -> String {
        hint(keys.composer, [
            (.post, pick("post", "plaats")), (.close, pick("close", "sluit")), (.editor, pick("editor", "editor")),
            (.switchField, nameHasFocus ? pick("text", "tekst") : pick("name", "naam")), (.help, pick("keys", "toetsen")),
        ])
    }

    /// The empty composer's text, with the keys that post and close.
    public func textPlaceholder(_ keys: KeyTable) -> String {
        guard let post = keys.composer.shownKeys(for: .post).first?.label(self),
              let close = keys.composer.shownKeys(for: .close).first?.label(self)
        else { return pick("Write your reaction here.", "Schrijf hier je reactie.") }
        return pick("Write your reaction here. \(post) posts it; \(close) keeps it as a draft.",
                    "Schrijf hier je reactie. \(post) plaatst hem; \(close) bewaart hem als concept.")
    }
}

// MARK: - One action, for docs/keys.md and `parley keys`

extension Catalogue {
    /// A reader action on its own ("question 3"); the help overlay groups some.
    public func describeAction(_ command: ReaderCommand) -> String {
        if case .question(let number) = command { return pick("question \(number)", "vraag \(number)") }
        return describe(command)
    }

    public func describe(_ command: OutlineCommand) -> String {
        switch command {
        case .next: pick("select the next question", "volgende vraag kiezen")
        case .previous: pick("select the previous question", "vorige vraag kiezen")
        case .first: pick("select the first question", "eerste vraag kiezen")
        case .last: pick("select the last question", "laatste vraag kiezen")
        case .select(let number): pick("select question \(number)", "vraag \(number) kiezen")
        case .go: pick("go to the selected question", "naar de gekozen vraag")
        case .close: pick("close", "sluiten")
        case .quit: pick("quit now", "nu stoppen")
        case .redraw: pick("redraw the screen", "scherm opnieuw tekenen")
        }
    }

    public func describe(_ command: PromptCommand, in mode: KeyMode) -> String {
        switch (command, mode) {
        case (.accept, .search): pick("keep the search (an empty search repeats the last one)", "zoekopdracht houden (leeg herhaalt de vorige)")
        case (.accept, _): pick("keep the filter", "filter houden")
        case (.cancel, .search): pick("cancel and go back to where the search started", "annuleren en terug naar waar het zoeken begon")
        case (.cancel, _): pick("clear the filter", "filter wissen")
        case (.deleteBackward, _): pick("delete a character; on an empty line, close", "teken wissen; op een lege regel: sluiten")
        case (.clear, _): pick("clear the line", "regel wissen")
        }
    }
}

extension Catalogue {
    public var helpAnyKey: String { pick("any key closes the help; it has no keys of its own", "elke toets sluit de hulp; die heeft geen eigen toetsen") }
}
