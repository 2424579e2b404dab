import ParleyKit

/// Something the app asks the outside world to do. `update` only returns
/// these; the terminal loop carries them out, so `update` stays pure and a
/// test can check exactly what would happen.
public enum Effect: Equatable, Sendable {
    /// Leave the app, restoring the terminal; exit status 0.
    case quit
    /// Read an article (and its reactions) fresh from the library folder,
    /// answering with `.articleOpened` or `.articleFailed`.
    case openArticle(folder: String, slug: String)
    /// Repaint every cell, whatever the terminal is thought to show.
    case redraw
    /// Hand the terminal back to the shell until `fg` (Ctrl-Z).
    case suspend

    // MARK: - Composer

    /// Read the article's draft and the name to put under a reaction (the
    /// config file, the account), answering with `.composerPrepared`.
    case prepareComposer(slug: String)
    /// Save the article's draft (atomically, fsynced; a blank one removes
    /// the file), answering with `.draftSaved` or `.draftNotSaved`.
    case saveDraft(slug: String, draft: Draft)
    /// Save the draft, then add the reaction to the reactions file, then
    /// remove the draft: answers with the draft's event, then
    /// `.reactionPosted` or `.postRefused`.
    case postReaction(folder: String, slug: String, input: ReactionInput, draft: Draft)
    /// Stop a post that is still waiting for the reactions file's lock (Esc
    /// while posting). It answers, as the post does, with `.postRefused`
    /// (`.cancelled`: nothing was written) or, when the reaction was already
    /// being written, `.reactionPosted`.
    case stopPosting(slug: String)
    /// Sync the library folder with its git upstream in the background
    /// (a service injected by the `parley` target, git never prompting),
    /// answering with `.synced` or `.syncFailed`.
    case sync(folder: String)
    /// Hand the terminal to `$VISUAL` (else `$EDITOR`, else `vi`) on a file
    /// holding `text`, and take it back: answers with `.editorFinished` or
    /// `.editorFailed`.
    case openEditor(text: String)

    // MARK: - Reading state

    /// Remember where the reader stopped in an article and what they saw
    /// (`existing`: the library's slugs, for pruning, when known); answers
    /// only when something went wrong (`.readingStateNotSaved`, `.readingStateNotice`).
    case keepReadingState(ReadingStateChange, existing: Set<String>?)
    /// Remember the name last put under a reaction in this library.
    case rememberName(String?)
}
