import ParleyKit

/// What opening the composer found on disk: the article's draft, the name to
/// put under a reaction, and what could not be read.
public struct ComposerSetup: Equatable, Sendable {
    public var slug: String
    public var draft: Draft?
    /// The config file's name, else the account's full name, else its user name.
    public var defaultName: String?
    /// Why the draft could not be read (said by `Catalogue.message`).
    public var draftProblem: DraftError?
    /// Where an unreadable draft was moved so a new one can take its place.
    public var draftSetAside: String?
    /// Why the config file could not be read (said by `Catalogue.message`).
    public var configProblem: ConfigError?

    public init(slug: String, draft: Draft? = nil, defaultName: String? = nil, draftProblem: DraftError? = nil,
                draftSetAside: String? = nil, configProblem: ConfigError? = nil) {
        self.slug = slug
        self.draft = draft
        self.defaultName = defaultName
        self.draftProblem = draftProblem
        self.draftSetAside = draftSetAside
        self.configProblem = configProblem
    }
}
