/// The help overlay: every key of the current screen, from the same
/// tables `update` uses, in the UI language.
enum HelpView {
    struct Row: Equatable {
        var keys: String
        var action: String
    }

    static func rows(for screen: AppState.Screen, keys: KeyTable, ui: Catalogue) -> [Row] {
        var rows: [Row]
        switch screen {
        case .reader:
            rows = KeyBindings.readerHelp.map { group in
                if group == [.question(1)] { return Row(keys: questionKeys(keys.reader, ui: ui), action: ui.describe(.question(1))) }
                return row(group, keys.reader, ui: ui, action: ui.describe(group))
            }
        case .library:
            rows = KeyBindings.libraryHelp.map { row($0, keys.library, ui: ui, action: ui.describe($0)) }
        case .composer:
            rows = KeyBindings.composerHelp.map { row($0, keys.composer, ui: ui, action: ui.describe($0)) }
        }
        rows.append(Row(keys: ui.mouseWheel, action: ui.scrollDescription))
        return rows
    }

    /// "1..9" while the digits go to their questions; else each question's keys.
    static func questionKeys(_ keymap: Keymap<ReaderCommand>, ui: Catalogue) -> String {
        let questions = (1...9).map { keymap.shownKeys(for: .question($0)) }
        if questions.enumerated().allSatisfy({ Array($1) == [.character(Character(String($0 + 1)))] }) { return "1..9" }
        return questions.map { $0.map { $0.label(ui) }.joined(separator: " ") }.joined(separator: " / ")
    }

    /// One row for actions that go together: "j Down Enter / k Up", "line down / up".
    private static func row<Action: KeyAction>(_ group: [Action], _ keymap: Keymap<Action>, ui: Catalogue, action: String) -> Row {
        let keys = group.map { keymap.shownKeys(for: $0).map { $0.label(ui) }.joined(separator: " ") }
        return Row(keys: keys.joined(separator: " / "), action: action)
    }

    static func draw(app: AppState, into grid: inout CellGrid) {
        let ui = app.ui
        let theme = app.appearance.theme
        let symbols = app.appearance.symbols
        let rows = rows(for: app.screen, keys: app.appearance.keys, ui: ui)
        let keysWidth = min(36, rows.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let actionWidth = rows.map { DisplayWidth.of($0.action) }.max() ?? 0
        let title = switch app.screen {
        case .reader: ui.helpTitleReader
        case .library: ui.helpTitleLibrary
        case .composer: ui.helpTitleComposer
        }
        let panel = Panel(contentWidth: keysWidth + 2 + actionWidth, contentHeight: rows.count, in: grid.size)
        panel.draw(into: &grid, title: title, footer: ui.helpClose, theme: theme, symbols: symbols)
        let limit = panel.innerLeft + panel.innerWidth
        for (offset, row) in rows.prefix(panel.innerHeight).enumerated() {
            let line = panel.innerTop + offset
            let keys = TextFit.truncate(row.keys, to: min(keysWidth, panel.innerWidth), ellipsis: symbols.ellipsis)
            grid.write(keys, row: line, column: panel.innerLeft, style: theme.style(.heading), limit: limit)
            let actionColumn = panel.innerLeft + keysWidth + 2
            let room = limit - actionColumn
            if room > 0 {
                grid.write(TextFit.truncate(row.action, to: room, ellipsis: symbols.ellipsis), row: line, column: actionColumn, style: .plain, limit: limit)
            }
        }
    }
}
