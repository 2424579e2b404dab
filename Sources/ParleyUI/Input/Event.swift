import ParleyKit

/// Everything that can happen to the app: input from the terminal, time
/// passing, and the results of effects it asked for.
public enum Event: Sendable {
    /// A key; typed text arrives one character at a time as `.character`.
    case key(Key)
    /// Text pasted with bracketed paste: data, never commands.
    case paste(String)
    /// The terminal has a new size.
    case resize(GridSize)
    /// The mouse wheel turned.
    case wheel(WheelDirection)
    /// After half a second without input (`TerminalLoop.tickMilliseconds`).
    case tick
    /// Nothing typed while `AppState.hasIdleWork`: a moment to lay out ahead
    /// of the reader. Changes nothing on screen.
    case idle
    /// Nothing typed while `AppState.isWorking`: the next slice of a long command.
    case continueWork
    /// An article asked for with `Effect.openArticle`, opened fresh from the library (parsed as it is read).
    case articleOpened(OpenedEntry)
    /// An article that could not be opened, and why.
    case articleFailed(slug: String, error: ArticleError)

    // MARK: - Composer

    /// What `Effect.prepareComposer` found: the draft, the default name.
    case composerPrepared(ComposerSetup)
    /// The draft is on disk (or, blank, removed).
    case draftSaved(slug: String, draft: Draft)
    case draftNotSaved(slug: String, draft: Draft, error: DraftError)
    /// The reaction is in the file; `reactions` is the file as it is now
    /// (with anyone else's new reactions). `draftError`: the draft could not
    /// be removed afterwards.
    case reactionPosted(slug: String, reaction: Reaction, reactions: ReactionsState, draftError: DraftError?)
    case postRefused(slug: String, error: ReactionStoreError)
    /// The post found the reactions file's lock held by another writer and
    /// waits for it (at most `seconds`); `Effect.stopPosting` ends the wait.
    case postWaiting(slug: String, file: String, seconds: Int)
    /// The text as the editor left it.
    case editorFinished(text: String)
    case editorFailed(EditorFailure)
    /// What `Effect.sync` did, and the library as it is now (nil when it
    /// could not be read again).
    case synced(SyncReport, library: Library?)
    case syncFailed(SyncError)

    // MARK: - Background work

    /// Slow work started (`EffectRunner`): the status line says so until it finishes.
    case backgroundStarted(BackgroundWork)
    /// The work is done; its answers came just before this.
    case backgroundFinished(BackgroundWork)

    // MARK: - Reading state

    /// The reading state could not be written.
    case readingStateNotSaved(ReadingStateError)
    /// Something to say once about the state file (moved aside, newer).
    case readingStateNotice(ReadingStateNotice)

    /// parley is about to end (a signal, the terminal gone): the last
    /// moment to save what is typed.
    case ending
}

public enum WheelDirection: Hashable, Sendable {
    case up
    case down
}
