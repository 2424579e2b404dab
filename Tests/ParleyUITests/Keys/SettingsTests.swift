import ParleyKit
import ParleyUI
import Testing

/// The config file's keys and colours: every mistake names the file and
/// line; the theme is chosen, and NO_COLOR still wins.
@Suite("Settings from the config file")
struct SettingsTests {
    struct Mistake: Sendable, CustomTestStringConvertible {
        var lines: [String]
        var message: String
        var testDescription: String { lines.joined(separator: " / ") }
    }

    static let file = UserConfigFixture.file

    static let mistakes: [Mistake] = [
        Mistake(lines: ["name: Ada", "theme: sepia"], message: "\(file):2: unknown theme 'sepia'; parley has: default, light, dark"),
        Mistake(lines: ["colour.questoin: blue"], message: "\(file):1: unknown setting 'colour.questoin'; colours can be set for: " + ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")),
        Mistake(lines: ["", "color.question: purple"], message: "\(file):2: bad colour 'purple': use a colour, 'on' and a background colour, attributes (colours: default, black, red, green, yellow, blue, magenta, cyan, white; attributes: bold, dim, italic, underline, reverse)"),
        Mistake(lines: ["colour.search-match: black on"], message: "\(file):1: bad colour 'black on': use a colour, 'on' and a background colour, attributes (colours: default, black, red, green, yellow, blue, magenta, cyan, white; attributes: bold, dim, italic, underline, reverse)"),
        Mistake(lines: ["# keys", "key.pager.quit: q"], message: "\(file):2: unknown setting 'key.pager.quit'; keys are set as key.MODE.ACTION, modes: library, reader, outline, search, filter, composer"),
        Mistake(lines: ["key.help.close: q"], message: "\(file):1: unknown setting 'key.help.close'; keys are set as key.MODE.ACTION, modes: library, reader, outline, search, filter, composer"),
        Mistake(lines: ["key.reader: q"], message: "\(file):1: unknown setting 'key.reader'; keys are set as key.MODE.ACTION, modes: library, reader, outline, search, filter, composer"),
        Mistake(lines: ["key.library.exit: q"], message: "\(file):1: unknown action 'exit' in library; actions: down, up, page-down, page-up, top, bottom, open, filter, clear-filter, help, quit, redraw, suspend"),
        Mistake(lines: ["key.reader.search: Ctrl-/"], message: "\(file):1: unknown key 'Ctrl-/': write a character (j, G, ?), Ctrl-X, F1..F12 or a name (Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn), or none"),
        Mistake(lines: ["key.reader.top: t", "", "key.reader.bottom: b t"], message: "\(file):3: t is bound twice in reader: also to top on line 1"),
        Mistake(lines: ["key.library.quit: none"], message: "\(file):1: this leaves library without a key for quit, so it could not be left; bind one of them to a key"),
        Mistake(lines: ["key.composer.close: none", "key.composer.post: Esc"], message: "\(file):2: this leaves composer without a key for close, so it could not be left; bind one of them to a key"),
        Mistake(lines: ["key.reader.quit: none", "key.reader.back: none"], message: "\(file):2: this leaves reader without a key for back or quit, so it could not be left; bind one of them to a key"),
        // Taking every key of the way out is the same as unbinding it.
        Mistake(lines: ["key.search.clear: Enter Esc Ctrl-C Ctrl-G"], message: "\(file):1: this leaves search without a key for cancel or accept, so it could not be left; bind one of them to a key"),
    ]

    @Test(arguments: mistakes)
    func everyMistakeNamesTheFileAndLine(_ mistake: Mistake) throws {
        let config = try UserConfigFixture(lines: mistake.lines).config()
        #expect(throws: SettingsError.self) { try Settings(config) }
        do {
            _ = try Settings(config)
        } catch {
            #expect(Catalogue(.english).describe(error) == mistake.message)
            #expect(Catalogue(.dutch).describe(error).hasPrefix("\(Self.file):"))
            #expect(Catalogue(.dutch).describe(error) != mistake.message)
        }
    }

    @Test func theSameSettingTwiceIsTheConfigFilesError() throws {
        #expect(throws: ConfigError(file: Self.file, line: 2, message: "'key.reader.quit' is given twice")) {
            try UserConfigFixture(lines: ["key.reader.quit: Q", "key.reader.quit: x"]).config()
        }
    }

    @Test func oneKeyOnTwoActionsOfDifferentModesIsFine() throws {
        let settings = try UserConfigFixture.settings("key.reader.top: t", "key.library.top: t")
        #expect(settings.keys.reader.action(for: .character("t")) == .top)
        #expect(settings.keys.library.action(for: .character("t")) == .top)
    }

    @Test func noConfigIsTheDefaults() throws {
        let settings = try UserConfigFixture().settings()
        #expect(settings.palette == .standard)
        for mode in KeyMode.allCases {
            #expect(settings.keys.entries(mode) == KeyTable.defaults.entries(mode))
        }
    }

    // MARK: - Theme

    @Test func theDefaultThemeIsTheLookParleyAlwaysHad() {
        let theme = Appearance().theme
        #expect(theme.style(TextStyle(.question)) == CellStyle(foreground: .cyan, attributes: .bold))
        #expect(theme.style(.currentMatch) == CellStyle(foreground: .black, background: .yellow, attributes: .bold))
        #expect(theme.style(TextStyle(.body, marks: .link)) == CellStyle(foreground: .blue, attributes: .underline))
    }

    @Test func lightAndDarkThemes() throws {
        let light = Appearance().with(try UserConfigFixture.settings("theme: light")).theme
        #expect(light.style(TextStyle(.question)) == CellStyle(foreground: .blue, attributes: .bold))
        #expect(light.style(.border) == CellStyle(foreground: .blue))
        let dark = Appearance().with(try UserConfigFixture.settings("theme: dark")).theme
        #expect(dark.style(TextStyle(.question)) == CellStyle(foreground: .cyan, attributes: .bold))
        #expect(dark.style(TextStyle(.body, marks: .link)) == CellStyle(foreground: .cyan, attributes: .underline))
    }

    @Test func aRolesColourAndAttributes() throws {
        let settings = try UserConfigFixture.settings(
            "theme: light", "colour.question: magenta underline", "color.search-match: black on green",
            "colour.reaction-author: plain", "colour.status-line: white on blue bold", "colour.new-reaction-marker: yellow")
        let theme = Appearance().with(settings).theme
        #expect(theme.style(TextStyle(.question)) == CellStyle(foreground: .magenta, attributes: .underline))
        #expect(theme.style(.match) == CellStyle(foreground: .black, background: .green))
        #expect(theme.style(TextStyle(.reactionAuthor)) == .plain)
        #expect(theme.style(.statusBar) == CellStyle(foreground: .white, background: .blue, attributes: .bold))
        #expect(theme.style(.newReactionMarker) == CellStyle(foreground: .yellow))
        // Roles the config does not name keep the light theme's.
        #expect(theme.style(.border) == CellStyle(foreground: .blue))
    }

    /// NO_COLOR (or a terminal without colour) wins over every theme and
    /// every colour line; attributes stay.
    @Test func noColourWins() throws {
        let settings = try UserConfigFixture.settings("theme: dark", "colour.question: magenta underline", "colour.search-match: black on green")
        var appearance = Appearance().with(settings)
        appearance.colour = false
        let theme = appearance.theme
        #expect(theme.style(TextStyle(.question)) == CellStyle(attributes: .underline))
        #expect(theme.style(.match) == .plain)
        #expect(theme.style(.currentMatch) == CellStyle(attributes: [.reverse, .bold, .underline]))
        #expect(theme.style(.statusError) == CellStyle(attributes: [.reverse, .bold]))
        #expect(theme.style(TextStyle(.body, marks: [.link, .code])) == CellStyle(attributes: .underline))
        let cells = TextRole.allCases.map { theme.style(TextStyle($0, marks: [.link, .code])) } + ScreenElement.allCases.map(theme.style)
        #expect(cells.allSatisfy { $0.foreground == .default && $0.background == .default })
    }
}
