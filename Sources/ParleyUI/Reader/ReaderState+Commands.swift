/// The reader's own commands: moving, jumping, searching. Commands that
/// change screens or open overlays are the app's (`update`).
extension ReaderState {
    /// Carries out `command`; a message for the status line when the
    /// command could not do what it says (no later question, no match).
    mutating func perform(_ command: ReaderCommand, ui: Catalogue) -> StatusMessage? {
        let page = max(1, geometry.rows)
        switch command {
        case .lineDown: scroll(by: 1)
        case .lineUp: scroll(by: -1)
        case .pageDown: scroll(by: page)
        case .pageUp: scroll(by: -page)
        case .halfPageDown: scroll(by: max(1, page / 2))
        case .halfPageUp: scroll(by: -max(1, page / 2))
        case .top: scrollToTop()
        case .bottom: scrollToBottom()
        case .nextQuestion:
            if questionCount == 0 { return StatusMessage(ui.noQuestions) }
            guard let line = nextQuestionLine() else { return StatusMessage(ui.noLaterQuestion) }
            jump(to: line)
        case .previousQuestion:
            if questionCount == 0 { return StatusMessage(ui.noQuestions) }
            guard let line = previousQuestionLine else { return StatusMessage(ui.noEarlierQuestion) }
            jump(to: line)
        case .question(let number):
            if questionCount == 0 { return StatusMessage(ui.noQuestions) }
            guard let line = questionLine(number) else {
                return StatusMessage(ui.noSuchQuestion(number, count: questionCount), isError: true)
            }
            jump(to: line)
        case .reactions:
            if let line = reactionsLineLaidOut() { jump(to: line) }
        case .search:
            search.prompt = PromptText()
            search.startTop = top
        case .nextMatch:
            return repeatSearch(forward: true, ui: ui)
        case .previousMatch:
            return repeatSearch(forward: false, ui: ui)
        case .clearSearch:
            setSearch(pattern: "")
        case .outline, .help, .back, .quit, .redraw, .suspend, .addReaction, .reply, .nextNew:
            break
        }
        return nil
    }

    // MARK: - Typing a search

    /// What a key in the search prompt did.
    enum SearchKeyOutcome: Equatable {
        /// Done; a message for the status line, if any.
        case done(StatusMessage?)
        /// The pattern changed: its first match from where the search
        /// started is shown by `showTypedMatch()`, once `typedSearchNeed` is
        /// laid out (`update` does it in slices, so a huge article without a
        /// match does not freeze the prompt).
        case typed
    }

    /// A key while the search prompt is open.
    mutating func typeInSearch(_ key: Key, keys: Keymap<PromptCommand>, ui: Catalogue) -> SearchKeyOutcome {
        guard var prompt = search.prompt else { return .done(nil) }
        switch LineEditor.apply(key, to: &prompt, keys: keys) {
        case .accepted:
            return .done(confirmSearch(ui: ui))
        case .cancelled, .emptied:
            cancelSearch()
        case .edited:
            search.prompt = prompt
            setSearch(pattern: prompt.text)
            return .typed
        case .ignored:
            break
        }
        return .done(nil)
    }

    /// Pasted text in the search prompt; whether the pattern changed (as `.typed`).
    mutating func pasteInSearch(_ text: String) -> Bool {
        guard search.prompt != nil else { return false }
        search.prompt?.insert(text)
        setSearch(pattern: search.prompt?.text ?? "")
        return true
    }

    /// Highlights as the pattern grows and shows the first match from
    /// where the search started.
    mutating func showTypedMatch() {
        if let index = firstMatch(from: search.startTop) {
            goToMatch(index)
        } else {
            jump(to: search.startTop)
        }
    }

    private mutating func confirmSearch(ui: Catalogue) -> StatusMessage? {
        let text = search.prompt?.text ?? ""
        search.prompt = nil
        if text.isEmpty {
            // As in less: an empty search repeats the last one.
            setSearch(pattern: "")
            jump(to: search.startTop)
            return search.lastPattern.isEmpty ? nil : repeatSearch(forward: true, ui: ui)
        }
        search.lastPattern = text
        // The jump to the first match was stopped (Esc while it was laid
        // out): Enter makes it, as it would have been made.
        if search.current == nil, !search.matches.isEmpty { showTypedMatch() }
        if search.matches.isEmpty {
            setSearch(pattern: "")
            jump(to: search.startTop)
            return StatusMessage(ui.noMatch(text), isError: true)
        }
        return nil
    }

    private mutating func cancelSearch() {
        search.prompt = nil
        setSearch(pattern: "")
        jump(to: search.startTop)
    }

    // MARK: - n and N

    /// The last search's pattern highlighted again when none is (`n` or `N`
    /// after `Esc` cleared it), as `repeatSearch` would do first.
    mutating func restoreLastSearch() {
        guard search.pattern.isEmpty, !search.lastPattern.isEmpty else { return }
        setSearch(pattern: search.lastPattern)
    }

    private mutating func repeatSearch(forward: Bool, ui: Catalogue) -> StatusMessage? {
        if search.pattern.isEmpty {
            guard !search.lastPattern.isEmpty else { return StatusMessage(ui.noPreviousSearch) }
            setSearch(pattern: search.lastPattern)
        }
        // Is there a match at all? (Laid out only as far as the first one.)
        if search.matches.isEmpty { _ = matchIndex(onOrAfter: 0) }
        guard !search.matches.isEmpty else { return StatusMessage(ui.noMatch(search.pattern), isError: true) }
        // From the current match when it is the one at the top, else from the top line.
        let current = search.current.flatMap { search.matches[$0].line == top ? $0 : nil }
        let index: Int
        var wrapped = false
        if forward {
            var next = current.map { $0 + 1 } ?? search.firstIndex(onOrAfter: top + 1)
            if next >= search.matches.count {
                // Past the matches laid out: the next one further down, if any.
                next = matchIndex(onOrAfter: layout.lines.count) ?? search.matches.count
            }
            wrapped = next >= search.matches.count
            index = wrapped ? 0 : next
        } else {
            let previous = current.map { $0 - 1 } ?? search.firstIndex(onOrAfter: top) - 1
            wrapped = previous < 0
            if wrapped { findEveryMatch() }
            index = wrapped ? search.matches.count - 1 : previous
        }
        goToMatch(index)
        guard wrapped else { return nil }
        return StatusMessage(forward ? ui.searchWrappedToTop : ui.searchWrappedToBottom)
    }
}
