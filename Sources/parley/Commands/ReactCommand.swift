import ArgumentParser
import ParleyKit
import ParleyUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ReactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "react",
        abstract: "Add a reaction to an article; prints its id.",
        discussion: """
            The text comes from --text, else from standard input (typed: end it with Ctrl-D). \
            Without --name, the name is `name:` from $XDG_CONFIG_HOME/parley/config, else the \
            account's full name, else its user name. When a typed text cannot be posted, it is \
            kept as a draft and the message says where.
            """
    )

    /// Far more than 10,000 characters can take: what is longer is not a reaction.
    static let standardInputLimit = 1 << 20

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article's name, as `parley list` shows it.", completion: SlugCompletion.kind)
    var slug: String

    @Option(help: ArgumentHelp("The name shown with the reaction (empty: anonymous).", valueName: "name"))
    var name: String?

    @Option(name: .customLong("reply-to"), help: ArgumentHelp("The id of the reaction this one answers.", valueName: "id"))
    var replyTo: String?

    @Option(help: ArgumentHelp("The reaction's text (default: read standard input).", valueName: "text"))
    var text: String?

    func run() throws {
        try reportingFailures {
            let ui = options.catalogue
            let folder = try options.folder(ofArticle: slug)
            let store = ReactionStore(folder: folder, slug: slug)
            let typing = text == nil && Process.isTerminal(STDIN_FILENO)
            if typing {
                // What can be refused without the text is refused before anyone types it.
                _ = try authorName()
                do throws(ReactionStoreError) {
                    try store.checkCanAdd(replyTo: replyTo)
                } catch {
                    throw CommandFailure(ui.message(error))
                }
                Process.writeError(ui.reactTypingHint + "\n")
            }

            let body: String
            if let text {
                body = text
            } else {
                switch StandardInput.read(limit: Self.standardInputLimit) {
                case .complete(let typed):
                    body = typed
                case .interrupted(let typed):
                    throw CommandFailure(keepDraft(typed, problem: ui.reactInterrupted))
                case .tooLong:
                    throw CommandFailure(ui.reactStdinTooLong(Self.standardInputLimit))
                case .failed(let error):
                    throw CommandFailure(ui.message(error))
                }
            }

            let reaction: Reaction
            do {
                reaction = try store.add(ReactionInput(author: try authorName(), text: body, replyTo: replyTo))
            } catch {
                // authorName() says its problem as a CommandFailure; the store's is a typed value.
                let problem = (error as? ReactionStoreError).map(ui.message) ?? (error as? CommandFailure)?.message ?? "\(error)"
                // Text given with --text is still on the command line; text from
                // standard input may exist nowhere else.
                throw CommandFailure(text == nil ? keepDraft(body, problem: problem) : problem)
            }
            Process.writeOut(reaction.id + "\n")
            rememberOwn(reaction, reactions: store.read().document?.reactions ?? [reaction])
            var drafts = DraftStore(environment: Process.environment, library: options.settings.libraryKey)
            do throws(DraftError) {
                try drafts.removeIfPosted(reaction.text, slug: slug)
            } catch {
                Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.reactDraftNotRemoved(ui.message(error))) + "\n")
            }
        }
    }

    /// The poster's own reaction is never new to them, and the name they
    /// used is the composer's first guess next time (docs/usage.md).
    private func rememberOwn(_ reaction: Reaction, reactions: [Reaction]) {
        let ui = options.catalogue
        var (session, notice) = ReadingStateSession.load(environment: Process.environment, library: options.settings.libraryKey)
        if let notice {
            Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.readingStateNotice(notice)) + "\n")
        }
        session.posted(reaction.id, to: slug, reactions: reactions, name: reaction.author)
        do throws(ReadingStateError) {
            if let notice = try session.save() {
                Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.readingStateNotice(notice)) + "\n")
            }
        } catch {
            Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.readingStateNotSaved(error)) + "\n")
        }
    }

    /// `--name`, else the config file's, the account's full name, its user name.
    private func authorName() throws -> String? {
        let given: String?
        if let name {
            given = name
        } else {
            let config: UserConfig
            do throws(ConfigError) {
                config = try UserConfig.load(file: UserConfig.file(environment: Process.environment))
            } catch {
                throw CommandFailure(options.catalogue.message(error))
            }
            given = AuthorName.fallback(config: config, account: Account.current())
        }
        do throws(ReactionInputError) {
            return try ReactionInput.validatedName(given)
        } catch {
            throw CommandFailure(options.catalogue.message(error))
        }
    }

    /// Keeps text that could not be posted as the article's draft; returns the
    /// message: the problem and where the text is now.
    private func keepDraft(_ typed: String, problem: String) -> String {
        let ui = options.catalogue
        let draft = Draft(name: name, text: typed, replyTo: replyTo)
        if draft.isBlank { return problem }
        var drafts = DraftStore(environment: Process.environment, library: options.settings.libraryKey)
        do {
            let kept = try drafts.keep(draft, slug: slug)
            if let earlier = kept.earlierDraft {
                return ui.reactKeptAsDraft(problem, draft: kept.file, earlierDraft: earlier)
            }
            return ui.reactKeptAsDraft(problem, draft: kept.file)
        } catch {
            return ui.reactDraftFailed(problem, reason: ui.message(error))
        }
    }
}
