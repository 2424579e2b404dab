import ParleyKit
import ParleyUI

/// Carries out the effects that touch files: the composer's draft, the
/// default name (config file, account), and posting a reaction. Each
/// answers with the events `update` expects; nothing here decides anything.
struct FileEffects {
    private let environment: [String: String]
    /// One store for the whole session: it remembers what it last wrote, so
    /// saving an unchanged draft at every pause writes nothing.
    private var drafts: DraftStore

    init(environment: [String: String], library: LibraryKey) {
        self.environment = environment
        drafts = DraftStore(environment: environment, library: library)
    }

    /// The draft (an unreadable one is moved aside, never overwritten) and
    /// the name to put under a reaction.
    mutating func prepareComposer(slug: String) -> Event {
        var setup = ComposerSetup(slug: slug)
        do {
            setup.draft = try drafts.load(slug: slug)
        } catch {
            // It may still hold someone's words: moved aside, never saved over.
            setup.draftProblem = error.description
            setup.draftSetAside = try? drafts.setAside(slug: slug)
        }
        do {
            let config = try UserConfig.load(file: UserConfig.file(environment: environment))
            setup.defaultName = AuthorName.fallback(config: config, account: Account.current())
        } catch {
            setup.configProblem = error.description
        }
        return .composerPrepared(setup)
    }

    mutating func saveDraft(_ draft: Draft, slug: String) -> Event {
        do {
            try drafts.save(draft, slug: slug)
            return .draftSaved(slug: slug, draft: draft)
        } catch {
            return .draftNotSaved(slug: slug, draft: draft, error: error)
        }
    }

    /// Saves the draft first, so the text is on disk whatever happens to the
    /// post (or to parley while it posts); adds the reaction; then removes
    /// the draft, which now holds what was posted.
    mutating func post(folder: String, slug: String, input: ReactionInput, draft: Draft) -> [Event] {
        let saved = saveDraft(draft, slug: slug)
        let store = ReactionStore(folder: folder, slug: slug)
        let reaction: Reaction
        do {
            reaction = try store.add(input)
        } catch {
            return [saved, .postRefused(slug: slug, error: error)]
        }
        var draftError: DraftError?
        do {
            try drafts.removeIfPosted(reaction.text, slug: slug)
        } catch {
            draftError = error
        }
        return [saved, .reactionPosted(slug: slug, reaction: reaction, reactions: store.read(), draftError: draftError)]
    }
}
