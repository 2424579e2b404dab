import ParleyKit

/// The composer's life, one phase at a time: it cannot be posting and
/// closing at once, nor save before its draft is in.
public enum ComposerPhase: Equatable, Sendable {
    /// Waiting for the draft and the default name (`.composerPrepared`):
    /// takes no keys and never saves, so an empty composer cannot replace a
    /// draft on disk.
    case preparing
    /// Taking keys. `lastFailure`: the last save failed and is not tried
    /// again until the text changes.
    case editing(lastFailure: DraftSaveFailure?)
    /// Esc was pressed: the composer closes once its draft is saved.
    case closing
    /// Saving on Esc failed and the writer was told: Esc again leaves
    /// without it; an edit goes back to `.editing`.
    case closeRefused(DraftSaveFailure)
    /// The reaction is being added; keys wait for the answer, except the
    /// composer's close keys (Esc, Ctrl-C), which stop a wait for the lock.
    /// `lastFailure`: even the draft could not be saved first.
    case posting(lastFailure: DraftSaveFailure?)
    /// Esc while posting: the wait is being stopped. The answer says whether
    /// it stopped in time (`.postRefused(.cancelled)`, nothing written) or the
    /// reaction was already being written (`.reactionPosted`); no key until then.
    case stopping(lastFailure: DraftSaveFailure?)

    /// Whether keys and pastes reach the composer.
    var takesKeys: Bool {
        switch self {
        case .preparing, .posting, .stopping: false
        case .editing, .closing, .closeRefused: true
        }
    }

    /// The last failed save, in the phases that remember one.
    var lastFailure: DraftSaveFailure? {
        switch self {
        case .editing(let failure), .posting(let failure), .stopping(let failure): failure
        case .closeRefused(let failure): failure
        case .preparing, .closing: nil
        }
    }
}

/// A save of the draft that failed: what was being saved and why not.
public struct DraftSaveFailure: Equatable, Sendable {
    var draft: Draft
    var error: DraftError
}
