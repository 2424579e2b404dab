import ParleyKit

/// A reaction being written: a name field, the text, what it replies to,
/// and what is known about its draft on disk. It sits beside the reader and
/// takes the keys while it is open; `update` changes it, `ComposerView`
/// draws it, the terminal loop saves and posts it.
public struct ComposerState: Sendable {
    public enum Field: Equatable, Sendable {
        case name
        case text
    }

    public let slug: String
    /// The library folder the reaction is added to.
    public let folder: String
    public let articleTitle: String
    /// The reaction this one answers; nil for a new reaction.
    public internal(set) var reply: ReplyTarget?
    /// One line: the name put under the reaction (blank: anonymous).
    public internal(set) var name = TextBuffer()
    public internal(set) var text: TextArea
    public internal(set) var focus = Field.text
    /// A notice ("your draft is back") or why a post was refused.
    public internal(set) var message: StatusMessage?
    /// Where the composer is in its life: what it may do next.
    public internal(set) var phase = ComposerPhase.preparing
    public private(set) var geometry: ComposerGeometry

    /// The name the field starts with; a draft saves `nil` while it is unchanged.
    var defaultName: String?
    /// What is on disk as the article's draft, as far as this composer knows.
    var savedDraft: Draft?
    /// Edits since the draft was last saved: a long burst of typing with
    /// no pause is saved every so many edits all the same.
    var editsSinceSave = 0

    /// Edits after which the draft is saved even without a pause.
    static let editsBetweenSaves = 200

    init(slug: String, folder: String, articleTitle: String, reply: ReplyTarget?, size: GridSize) {
        self.slug = slug
        self.folder = folder
        self.articleTitle = articleTitle
        self.reply = reply
        geometry = ComposerGeometry(size: size)
        text = TextArea(width: geometry.width, height: geometry.textRows)
    }

    /// The composer as a draft file holds it.
    public var draft: Draft {
        let typed = name.text
        return Draft(name: typed == (defaultName ?? "") ? nil : typed, text: text.text, replyTo: reply?.id)
    }

    /// Whether the draft on disk is not what is in the composer.
    public var hasUnsavedChanges: Bool {
        // Before the draft is in, an empty composer must never replace it.
        if case .preparing = phase { return false }
        let current = draft
        return !(savedDraft?.hasSameContent(as: current) ?? current.isBlank)
    }

    /// Characters of the text as posting counts them, for the live count.
    public var characterCount: Int { text.buffer.characterCount }

    var saveDraft: Effect { .saveDraft(slug: slug, draft: draft) }

    mutating func resize(to size: GridSize) {
        geometry = ComposerGeometry(size: size)
        text.resize(width: geometry.width, height: geometry.textRows)
    }

    // MARK: - Editing

    /// Applies an edit to the field that has the focus.
    mutating func editFocused(_ change: (inout TextBuffer) -> Void) {
        switch focus {
        case .name: change(&name)
        case .text: text.edit(change)
        }
        edited()
    }

    /// Typed or pasted text into the field that has the focus.
    mutating func insert(_ typed: String) {
        let clean = focus == .name ? ComposerText.oneLine(typed) : ComposerText.normalised(typed)
        editFocused { $0.insert(clean) }
    }

    mutating func edited() {
        editsSinceSave += 1
        // A refusal stays until the text changes; then it may no longer hold.
        message = nil
        // The text changed, so Esc tries to save it again before leaving.
        if case .closeRefused(let failure) = phase { phase = .editing(lastFailure: failure) }
    }

    /// The draft, when enough has been typed without a pause to save anyway.
    mutating func saveAfterManyEdits() -> [Effect] {
        guard editsSinceSave >= Self.editsBetweenSaves, hasUnsavedChanges else { return [] }
        editsSinceSave = 0
        return [saveDraft]
    }

    /// The draft, when it changed since it was saved (and did not just fail
    /// to save as it is): what a pause in typing saves.
    var pendingSave: [Effect] {
        guard hasUnsavedChanges, phase != .closing else { return [] }
        if let failed = phase.lastFailure, failed.draft.hasSameContent(as: draft) { return [] }
        return [saveDraft]
    }
}
