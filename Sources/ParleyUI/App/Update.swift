/// The app's one way of changing: applies `event` to `state` and returns
/// what the outside world should do (Elm's update, as bubbletea and helix
/// have it). Pure: no terminal, no files, no clock, so every key on every
/// screen can be tested as a table.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    let effects = applying(&state, event)
    return state.isSecure ? withinTheReader(effects, &state) : effects
}

/// Secure mode (docs/usage.md): whatever would leave the reader, the shell
/// by suspending or another program as the editor, is not done, whichever key
/// asked for it, and the status line says so.
private func withinTheReader(_ effects: [Effect], _ state: inout AppState) -> [Effect] {
    let kept = effects.filter { effect in
        switch effect {
        case .suspend, .openEditor, .sync: false
        default: true
        }
    }
    if kept.count < effects.count {
        state.message = StatusMessage(state.ui.notAvailableHere, isError: true)
    }
    return kept
}

private func applying(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .key(let key):
        if state.longWork != nil { return keyWhileWorking(&state, key) }
        state.message = nil
        if let overlay = state.overlay {
            return overlayKey(&state, overlay, key)
        }
        switch state.screen {
        case .composer: return composerKey(&state, key)
        case .reader: return readerKey(&state, key)
        case .library: return libraryKey(&state, key)
        }
    case .paste where state.longWork != nil, .wheel where state.longWork != nil:
        state.longWork?.queued.append(event)
        return []
    case .continueWork:
        return continueWork(&state)
    case .paste(let text):
        guard state.overlay == nil else { return [] }
        switch state.screen {
        case .composer: return composerPaste(&state, text)
        case .reader:
            if state.editReader({ $0.pasteInSearch(text) }) == true { return showTypedMatch(&state) }
        case .library: state.editLibrary { $0.pasteInFilter(text) }
        }
        return []
    case .resize(let size):
        state.resize(to: size)
        return []
    case .wheel(let direction):
        return wheel(&state, direction)
    case .tick:
        return composerPause(&state)
    case .idle:
        state.editReader { $0.readAhead() }
        return []
    case .articleOpened(let entry):
        state.open(entry)
        return []
    case .articleFailed(_, let error):
        state.message = StatusMessage(state.ui.cannotOpen(state.ui.message(error)), isError: true)
        return []
    case .composerPrepared(let setup):
        composerPrepared(&state, setup)
        return []
    case .draftSaved(let slug, let draft):
        composerDraftSaved(&state, slug: slug, draft: draft)
        return []
    case .draftNotSaved(let slug, let draft, let error):
        composerDraftNotSaved(&state, slug: slug, draft: draft, error: error)
        return []
    case .reactionPosted(let slug, let reaction, let reactions, let draftError):
        composerPosted(&state, slug: slug, reaction: reaction, reactions: reactions, draftError: draftError)
        // The name goes with the reader to the next reaction in this library.
        guard let reading = state.reading, reading.lastName != reaction.author else { return [] }
        state.reading?.lastName = reaction.author
        return [.rememberName(reaction.author)]
    case .postRefused(let slug, let error):
        composerRefused(&state, slug: slug, error: error)
        return []
    case .postWaiting(let slug, let file, let seconds):
        composerPostWaiting(&state, slug: slug, file: file, seconds: seconds)
        return []
    case .editorFinished(let text):
        return composerEdited(&state, text: text)
    case .editorFailed(let failure):
        composerEditorFailed(&state, failure)
        return []
    case .synced(let report, let library):
        if let library { state.editLibrary { $0.reload(library) } }
        state.message = StatusMessage(state.ui.syncSummary(report), isError: report.outcome == .offline)
        return []
    case .syncFailed(let error):
        state.message = StatusMessage(state.ui.syncError(error), isError: true)
        return []
    case .backgroundStarted(let work):
        state.running.append(work)
        return []
    case .backgroundFinished(let work):
        if let index = state.running.firstIndex(of: work) { state.running.remove(at: index) }
        return []
    case .ending:
        let keep = state.leaveReading()
        guard let composer = state.composer, composer.hasUnsavedChanges else { return keep }
        return [composer.saveDraft] + keep
    case .readingStateNotSaved(let error):
        state.message = StatusMessage(state.ui.readingStateNotSaved(error), isError: true)
        return []
    case .readingStateNotice(let notice):
        state.message = StatusMessage(state.ui.readingStateNotice(notice), isError: true)
        return []
    }
}

// MARK: - Long work

/// A key while a long command runs: Esc or Ctrl-C stops it, others wait their turn.
private func keyWhileWorking(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard LongWork.stops(key), let work = state.longWork else {
        state.longWork?.queued.append(.key(key))
        return []
    }
    // The keys typed before the stop still run, but long work they would
    // start stops with it: a search typed a key at a time, or `G G`, is
    // stopped by one Esc, not one per key.
    var effects: [Effect] = []
    var pending = work.queued
    state.longWork = nil
    state.message = nil
    while !pending.isEmpty {
        effects += runQueued(&state, pending)
        guard let started = state.longWork else { break }
        pending = started.queued
        state.longWork = nil
        state.message = nil  // its "Laying out…"
    }
    if state.message == nil { state.message = StatusMessage(state.ui.longWorkStopped) }
    return effects
}

/// The next slice: the key again; once it has run, the keys typed meanwhile.
private func continueWork(_ state: inout AppState) -> [Effect] {
    guard let work = state.longWork else { return [] }
    state.longWork = nil
    var effects: [Effect]
    switch work.step {
    case .key(let key): effects = applying(&state, .key(key))
    case .showTypedMatch:
        state.message = nil
        effects = showTypedMatch(&state)
    }
    if state.longWork != nil {
        state.longWork?.queued = work.queued
    } else {
        effects += runQueued(&state, work.queued)
    }
    return effects
}

private func runQueued(_ state: inout AppState, _ events: [Event]) -> [Effect] {
    var effects: [Effect] = []
    for event in events {
        if state.longWork != nil {
            state.longWork?.queued.append(event)
        } else {
            effects += applying(&state, event)
        }
    }
    return effects
}

/// Lays out a slice towards what `need` asks; false (and the key kept as
/// long work, the status line saying so) when it is not there yet.
private func layOutSlice(_ state: inout AppState, _ need: ReaderState.LayoutNeed, step: LongWork.Step) -> Bool {
    guard state.editReader({ $0.layOut(toward: need) }) == false else { return true }
    state.longWork = LongWork(step: step)
    state.message = StatusMessage(state.ui.longWorkRunning(percent: state.reader?.percentLaidOut ?? 0))
    return false
}

/// The first match of the pattern typed so far, once what it needs is laid
/// out: at once in a short article, a slice per `continueWork` in a huge one.
private func showTypedMatch(_ state: inout AppState) -> [Effect] {
    guard let need = state.reader?.typedSearchNeed, layOutSlice(&state, need, step: .showTypedMatch) else { return [] }
    state.editReader { $0.showTypedMatch() }
    return []
}

/// Lines the mouse wheel scrolls per step, as in most terminals and less.
let wheelLines = 3

private func wheel(_ state: inout AppState, _ direction: WheelDirection) -> [Effect] {
    let step = direction == .down ? 1 : -1
    switch state.overlay {
    case .help:
        return []
    case .outline(let selected):
        let count = state.reader?.questionCount ?? 0
        state.overlay = .outline(selected: max(0, min(selected + step, count - 1)))
        return []
    case nil:
        switch state.screen {
        case .composer: state.editComposer { $0.text.moveVertically(by: step * wheelLines) }
        case .reader: state.editReader { $0.scroll(by: step * wheelLines) }
        case .library: state.editLibrary { $0.move(by: step) }
        }
        return []
    }
}

// MARK: - Overlays

private func overlayKey(_ state: inout AppState, _ overlay: Overlay, _ key: Key) -> [Effect] {
    switch overlay {
    case .help:
        // Any key closes help, and does nothing else.
        state.overlay = nil
        return []
    case .outline(let selected):
        // The count only, not a copy of the reader (see `readerKey`).
        guard let questionCount = state.reader?.questionCount else {
            state.overlay = nil
            return []
        }
        let last = max(0, questionCount - 1)
        guard let command = state.appearance.keys.outline.action(for: key) else { return [] }
        switch command {
        case .next:
            state.overlay = .outline(selected: min(selected + 1, last))
        case .previous:
            state.overlay = .outline(selected: max(selected - 1, 0))
        case .first:
            state.overlay = .outline(selected: 0)
        case .last:
            state.overlay = .outline(selected: last)
        case .select(let number):
            if number <= questionCount {
                state.overlay = .outline(selected: number - 1)
            } else {
                state.message = StatusMessage(state.ui.noSuchQuestion(number, count: questionCount), isError: true)
            }
        case .go:
            if !layOutSlice(&state, .anchor(.question(selected + 1)), step: .key(key)) { return [] }
            if let line = state.editReader({ $0.questionLine(selected + 1) }) ?? nil { state.editReader { $0.jump(to: line) } }
            state.overlay = nil
        case .close:
            state.overlay = nil
        case .quit:
            return [.quit]
        case .redraw:
            return [.redraw]
        }
        return []
    }
}

// MARK: - Reader

private func readerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    // The reader is read through `state.reader?` rather than copied into a
    // local: a copy alive while a command extends the layout would make the
    // layout copy all its lines (copy on write), a cost that grows with what
    // was read.
    guard state.reader != nil else { return [] }
    let ui = state.ui
    if state.reader?.search.prompt != nil {
        let keys = state.appearance.keys.search
        if keys.action(for: key) == .accept, let need = state.reader?.confirmSearchNeed,
           !layOutSlice(&state, need, step: .key(key)) { return [] }
        switch state.editReader({ $0.typeInSearch(key, keys: keys, ui: ui) }) {
        case .done(let message)?: state.message = message
        case .typed?: return showTypedMatch(&state)
        case nil: break
        }
        return []
    }
    guard let command = state.appearance.keys.reader.action(for: key) else { return [] }
    if command == .nextMatch || command == .previousMatch {
        // `n` after the highlight was cleared repeats the last search: its
        // pattern is set first, so that what it needs is known (and laid
        // out in slices).
        state.editReader { $0.restoreLastSearch() }
    }
    if let need = state.reader?.layoutNeed(for: command), !layOutSlice(&state, need, step: .key(key)) { return [] }
    switch command {
    case .help:
        state.overlay = .help
    case .nextQuestion where state.reader?.isInReactions == true:
        state.message = state.editReader { $0.nextReaction(ui: ui) } ?? nil
    case .previousQuestion where state.reader?.isInReactions == true:
        if state.editReader({ $0.previousReaction() }) != true {
            state.message = state.editReader { $0.perform(command, ui: ui) } ?? nil
        }
    case .addReaction:
        return openComposer(&state, replyTo: nil)
    case .reply:
        guard let id = state.reader?.selectedReaction else {
            state.message = StatusMessage(state.reader?.hasReactions != true ? ui.noReactionsYet : ui.markReactionFirst)
            return []
        }
        return openComposer(&state, replyTo: id)
    case .outline:
        if (state.reader?.questionCount ?? 0) == 0 {
            state.message = StatusMessage(ui.noQuestions)
        } else {
            state.overlay = .outline(selected: max(0, (state.reader?.currentQuestion ?? 1) - 1))
        }
    case .back:
        if state.library == nil { return [.quit] }
        // The library comes back as it was left, with what was seen counted.
        let keep = state.leaveReading()
        state.screens.pop()
        return keep
    case .nextNew:
        state.message = state.editReader { $0.nextNewReaction(ui: ui) } ?? nil
    case .quit:
        return [.quit]
    case .redraw:
        return [.redraw]
    case .suspend:
        return [.suspend]
    default:
        state.message = state.editReader { $0.perform(command, ui: ui) } ?? nil
    }
    return []
}

// MARK: - Library

private func libraryKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard let library = state.library else { return [] }
    if library.prompt != nil {
        let keys = state.appearance.keys.filter
        state.editLibrary { $0.typeInFilter(key, keys: keys) }
        return []
    }
    guard let command = state.appearance.keys.library.action(for: key) else { return [] }
    switch command {
    case .down: state.editLibrary { $0.move(by: 1) }
    case .up: state.editLibrary { $0.move(by: -1) }
    case .pageDown: state.editLibrary { $0.move(by: library.page) }
    case .pageUp: state.editLibrary { $0.move(by: -library.page) }
    case .top: state.editLibrary { $0.select(0) }
    case .bottom: state.editLibrary { $0.select(library.lastRow) }
    case .open:
        if let entry = library.selectedEntry {
            return [.openArticle(folder: library.library.folder, slug: entry.slug)]
        }
    case .filter: state.editLibrary { $0.startFilter() }
    case .clearFilter: state.editLibrary { $0.setFilter("") }
    case .sync:
        // One at a time: the status line already says one is running.
        if !state.running.contains(.syncing) { return [.sync(folder: library.library.folder)] }
    case .help: state.overlay = .help
    case .quit: return [.quit]
    case .redraw: return [.redraw]
    case .suspend: return [.suspend]
    }
    return []
}
