import ParleyKit

// The composer's part of `update`: keys, paste, pauses in typing, and the
// answers to its effects (the draft loaded or saved, the post, the editor).

// MARK: - Opening and closing

/// `a` (a new reaction) or `R` (a reply) in the reader. The composer opens
/// at once; its draft and default name arrive with `.composerPrepared`.
func openComposer(_ state: inout AppState, replyTo id: String?) -> [Effect] {
    guard let reader = state.reader else { return [] }
    let labels = Catalogue(articleLanguage: reader.article.metadata.language)
    let reply = id.flatMap(reader.reaction(id:)).map { ReplyTarget($0, labels: labels) }
    state.screens.push(ComposerState(slug: reader.entry.slug, folder: FileSystem.folder(of: reader.entry.file),
                                     articleTitle: reader.article.title, reply: reply, size: state.size))
    return [.prepareComposer(slug: reader.entry.slug)]
}

func composerPrepared(_ state: inout AppState, _ prepared: ComposerSetup) {
    guard var composer = state.composer, composer.slug == prepared.slug, composer.phase == .preparing else { return }
    var setup = prepared
    // The name last used in this library comes before the config's and the account's.
    if let last = state.reading?.lastName, !last.isEmpty { setup.defaultName = last }
    let ui = state.ui
    var notes: [String] = []
    var problems: [String] = []
    composer.defaultName = setup.defaultName
    if let draft = setup.draft, !draft.isBlank {
        composer.name = TextBuffer(ComposerText.oneLine(draft.name ?? setup.defaultName ?? ""))
        composer.text.replaceText(with: ComposerText.normalised(draft.text))
        if composer.reply == nil, let id = draft.replyTo, let reader = state.reader {
            composer.reply = reader.reaction(id: id).map { ReplyTarget($0, labels: Catalogue(articleLanguage: reader.article.metadata.language)) }
            if composer.reply == nil { notes.append(ui.draftReplyGone) }
        }
        composer.savedDraft = draft
        notes.insert(ui.draftRestored(saved: draft.updated?.displayText), at: 0)
    } else {
        composer.name = TextBuffer(ComposerText.oneLine(setup.defaultName ?? ""))
    }
    if let problem = setup.draftProblem.map(ui.message) {
        problems.append(setup.draftSetAside.map { ui.draftSetAside(problem, movedTo: $0) } ?? ui.draftUnreadable(problem))
    }
    if let problem = setup.configProblem { problems.append(ui.configUnreadable(ui.message(problem))) }
    if !problems.isEmpty {
        composer.message = StatusMessage((problems + notes).joined(separator: " "), isError: true)
    } else if !notes.isEmpty {
        composer.message = StatusMessage(notes.joined(separator: " "))
    }
    composer.phase = .editing(lastFailure: nil)
    state.screens.replace(composer)
}

/// Leaves the composer for the reader.
private func closeComposer(_ state: inout AppState, kept: Bool) {
    state.screens.pop()
    if kept { state.message = StatusMessage(state.ui.draftKept) }
}

// MARK: - Keys

func composerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if case .posting(let failure)? = state.composer?.phase, state.appearance.keys.composer.action(for: key) == .close {
        return stopPosting(&state, lastFailure: failure)
    }
    guard var composer = state.composer, composer.phase.takesKeys else { return [] }
    // A notice goes at the next key; a refusal stays until the text changes.
    if composer.message?.isError == false { composer.message = nil }
    guard let command = state.appearance.keys.composer.action(for: key) else {
        if case .character(let character) = key { composer.insert(String(character)) }
        let effects = composer.saveAfterManyEdits()
        state.screens.replace(composer)
        return effects
    }
    var effects: [Effect] = []
    switch command {
    case .post:
        effects = post(&composer, ui: state.ui)
    case .close:
        if !composer.hasUnsavedChanges {
            closeComposer(&state, kept: !composer.draft.isBlank)
            return []
        }
        if case .closeRefused = composer.phase {
            closeComposer(&state, kept: false)
            return []
        }
        composer.phase = .closing
        effects = [composer.saveDraft]
    case .editor:
        // Saved first: an editor that crashes, or a hang-up while it runs, loses nothing.
        effects = composer.pendingSave + [.openEditor(text: composer.text.text)]
    case .switchField:
        composer.focus = composer.focus == .name ? .text : .name
    case .newLine:
        if composer.focus == .name {
            composer.focus = .text
        } else {
            composer.editFocused { $0.insertNewline() }
        }
    case .left:
        if composer.focus == .name { composer.name.moveLeft() } else { composer.text.moveLeft() }
    case .right:
        if composer.focus == .name { composer.name.moveRight() } else { composer.text.moveRight() }
    case .up:
        // Up from the first row reaches the name, as Down from the name reaches the text.
        if composer.focus == .text && composer.text.cursorRow == 0 && composer.geometry.nameRow != nil {
            composer.focus = .name
        } else if composer.focus == .text {
            composer.text.moveVertically(by: -1)
        }
    case .down:
        if composer.focus == .name { composer.focus = .text } else { composer.text.moveVertically(by: 1) }
    case .rowStart:
        if composer.focus == .name { composer.name.move(to: TextPosition(line: 0, index: 0)) } else { composer.text.moveToRowStart() }
    case .rowEnd:
        if composer.focus == .name { composer.name.moveToEnd() } else { composer.text.moveToRowEnd() }
    case .pageUp:
        if composer.focus == .text { composer.text.moveVertically(by: -max(1, composer.text.height - 1)) }
    case .pageDown:
        if composer.focus == .text { composer.text.moveVertically(by: max(1, composer.text.height - 1)) }
    case .deleteBackward:
        composer.editFocused { $0.deleteBackward() }
    case .deleteForward:
        composer.editFocused { $0.deleteForward() }
    case .deleteWord:
        composer.editFocused { $0.deleteWordBackward() }
    case .deleteLine:
        composer.editFocused { $0.deleteToLineStart() }
    case .help:
        state.overlay = .help
    case .redraw:
        effects = [.redraw]
    case .suspend:
        effects = composer.pendingSave + [.suspend]
    }
    effects += composer.saveAfterManyEdits()
    state.screens.replace(composer)
    return effects
}

/// Ctrl-D / Ctrl-S: what can be refused without the file is refused here,
/// at once, and the text is kept in the draft; the rest is the store's.
private func post(_ composer: inout ComposerState, ui: Catalogue) -> [Effect] {
    let input = ReactionInput(author: composer.name.text, text: composer.text.text, replyTo: composer.reply?.id)
    do {
        _ = try input.validated()
    } catch {
        composer.message = StatusMessage(ui.refusal(error), isError: true)
        if error.isAboutTheName { composer.focus = .name }
        return composer.pendingSave
    }
    composer.phase = .posting(lastFailure: composer.phase.lastFailure)
    return [.postReaction(folder: composer.folder, slug: composer.slug, input: input, draft: composer.draft)]
}

/// Esc or Ctrl-C while posting: the wait for the lock stops; the text and
/// the draft (saved before posting) stay. The answer decides what is said.
private func stopPosting(_ state: inout AppState, lastFailure: DraftSaveFailure?) -> [Effect] {
    guard var composer = state.composer else { return [] }
    composer.phase = .stopping(lastFailure: lastFailure)
    composer.message = StatusMessage(state.ui.stoppingPost)
    state.screens.replace(composer)
    return [.stopPosting(slug: composer.slug)]
}

/// The post found the lock held: the writer is told it waits, and how to stop.
func composerPostWaiting(_ state: inout AppState, slug: String, file: String, seconds: Int) {
    guard var composer = state.composer, composer.slug == slug, case .posting = composer.phase else { return }
    composer.message = StatusMessage(state.ui.waitingForLock(file: file, seconds: seconds, keys: state.appearance.keys))
    state.screens.replace(composer)
}

func composerPaste(_ state: inout AppState, _ text: String) -> [Effect] {
    guard var composer = state.composer, composer.phase.takesKeys else { return [] }
    composer.insert(text)
    let effects = composer.saveAfterManyEdits()
    state.screens.replace(composer)
    return effects
}

/// A pause in typing (the loop's tick): the draft is saved if it changed.
func composerPause(_ state: inout AppState) -> [Effect] {
    guard let composer = state.composer, composer.phase.takesKeys else { return [] }
    return composer.pendingSave
}

// MARK: - Answers to the composer's effects

func composerDraftSaved(_ state: inout AppState, slug: String, draft: Draft) {
    guard var composer = state.composer, composer.slug == slug else { return }
    composer.savedDraft = draft
    composer.editsSinceSave = 0
    switch composer.phase {
    case .preparing: break
    case .closing:
        closeComposer(&state, kept: !draft.isBlank)
        return
    case .editing, .closeRefused: composer.phase = .editing(lastFailure: nil)
    case .posting: composer.phase = .posting(lastFailure: nil)
    case .stopping: composer.phase = .stopping(lastFailure: nil)
    }
    state.screens.replace(composer)
}

func composerDraftNotSaved(_ state: inout AppState, slug: String, draft: Draft, error: DraftError) {
    guard var composer = state.composer, composer.slug == slug else { return }
    let failure = DraftSaveFailure(draft: draft, error: error)
    composer.editsSinceSave = 0
    switch composer.phase {
    case .preparing: break
    case .closing:
        // Leaving now would lose the text: stay, say so, and let a second Esc decide.
        composer.phase = .closeRefused(failure)
        composer.message = StatusMessage(state.ui.draftNotSavedOnClose(state.ui.message(error)), isError: true)
    case .closeRefused:
        composer.phase = .closeRefused(failure)
        composer.message = StatusMessage(state.ui.draftNotSaved(state.ui.message(error)), isError: true)
    case .editing:
        composer.phase = .editing(lastFailure: failure)
        composer.message = StatusMessage(state.ui.draftNotSaved(state.ui.message(error)), isError: true)
    case .posting:
        // Said with the post's answer.
        composer.phase = .posting(lastFailure: failure)
    case .stopping:
        composer.phase = .stopping(lastFailure: failure)
    }
    state.screens.replace(composer)
}

func composerPosted(_ state: inout AppState, slug: String, reaction: Reaction, reactions: ReactionsState, draftError: DraftError?) {
    if state.composer?.slug == slug { state.screens.pop() }
    guard state.reader?.entry.slug == slug else { return }
    state.showPosted(reaction, reactions: reactions)
    let ui = state.ui
    state.message = draftError.map { StatusMessage(ui.postedDraftNotRemoved(ui.message($0)), isError: true) } ?? StatusMessage(ui.reactionPosted)
}

func composerRefused(_ state: inout AppState, slug: String, error: ReactionStoreError) {
    guard var composer = state.composer, composer.slug == slug else { return }
    let failure: DraftSaveFailure?
    switch composer.phase {
    case .posting(let last), .stopping(let last): failure = last
    default: return
    }
    composer.phase = .editing(lastFailure: failure)
    // The draft was saved before posting; if even that failed, the writer must know.
    let draftNote = failure.map { " " + state.ui.draftNotSaved(state.ui.message($0.error)) } ?? ""
    composer.message = StatusMessage(state.ui.refusal(error) + draftNote, isError: true)
    if case .invalid(let input) = error, input.isAboutTheName { composer.focus = .name }
    state.screens.replace(composer)
}

func composerEdited(_ state: inout AppState, text: String) -> [Effect] {
    guard var composer = state.composer else { return [] }
    composer.text.replaceText(with: ComposerText.normalised(text))
    composer.focus = .text
    composer.edited()
    let effects = composer.pendingSave
    state.screens.replace(composer)
    return effects
}

func composerEditorFailed(_ state: inout AppState, _ failure: EditorFailure) {
    let message = StatusMessage(state.ui.editorFailure(failure), isError: true)
    state.editComposer { $0.message = message }
}

extension ReactionInputError {
    /// Whether the name field, not the text, has to change.
    var isAboutTheName: Bool {
        switch self {
        case .nameTooLong, .controlCharacterInName: true
        default: false
        }
    }
}
