import ParleyKit
import Synchronization

/// Carries out the effects that touch files: the composer's draft, the
/// default name (config file, account), and posting a reaction. Each
/// answers with the events `update` expects; nothing here decides anything.
final class FileEffects: Sendable {
    private let environment: [String: String]
    /// One store for the whole session: it remembers what it last wrote, so
    /// saving an unchanged draft at every pause writes nothing. Posting
    /// removes the draft from a background thread, hence the lock.
    private let drafts: Mutex<DraftStore>

    init(environment: [String: String], library: LibraryKey) {
        self.environment = environment
        drafts = Mutex(DraftStore(environment: environment, library: library))
    }

    /// The draft (an unreadable one is moved aside, never overwritten) and
    /// the name to put under a reaction.
    func prepareComposer(slug: String) -> Event {
        var setup = ComposerSetup(slug: slug)
        drafts.withLock { drafts in
            do throws(DraftError) {
                setup.draft = try drafts.load(slug: slug)
            } catch {
                // It may still hold someone's words: moved aside, never saved over.
                setup.draftProblem = error
                setup.draftSetAside = try? drafts.setAside(slug: slug)
            }
        }
        do throws(ConfigError) {
            let config = try UserConfig.load(file: UserConfig.file(environment: environment))
            setup.defaultName = AuthorName.fallback(config: config, account: Account.current())
        } catch {
            setup.configProblem = error
        }
        return .composerPrepared(setup)
    }

    func saveDraft(_ draft: Draft, slug: String) -> Event {
        drafts.withLock { drafts in
            do throws(DraftError) {
                try drafts.save(draft, slug: slug)
                return .draftSaved(slug: slug, draft: draft)
            } catch {
                return .draftNotSaved(slug: slug, draft: draft, error: error)
            }
        }
    }

    /// Adds the reaction (waiting for the file's lock if someone holds it),
    /// then removes the draft, which now holds what was posted. The draft
    /// was saved before: the text is on disk whatever happens to the post.
    /// `cancellation` stops a wait for the lock (then nothing is written);
    /// `waiting` is called if the lock is held by another writer.
    func add(_ input: ReactionInput, folder: String, slug: String, cancellation: Cancellation? = nil,
             waiting: () -> Void = {}) -> Event {
        let store = ReactionStore(folder: folder, slug: slug)
        let reaction: Reaction
        do {
            reaction = try store.add(input, cancellation: cancellation, waiting: waiting)
        } catch {
            return .postRefused(slug: slug, error: error)
        }
        var draftError: DraftError?
        drafts.withLock { drafts in
            do throws(DraftError) {
                try drafts.removeIfPosted(reaction.text, slug: slug)
            } catch {
                draftError = error
            }
        }
        return .reactionPosted(slug: slug, reaction: reaction, reactions: store.read(), draftError: draftError)
    }
}
