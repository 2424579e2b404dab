/// What the config file can style (`colour.question: blue bold`): the
/// roles of article text, two inline marks and the parts of the screen.
/// The raw value is the config name.
public enum ThemeRole: String, CaseIterable, Sendable {
    case body, title, metadata
    case questionNumber = "question-number"
    case question, quote, heading
    case sectionHeading = "section-heading"
    case listMarker = "list-marker"
    case rule
    case link
    case linkTarget = "link-target"
    case code
    case reactionsHeading = "reactions-heading"
    case reactionAuthor = "reaction-author"
    case reactionMeta = "reaction-meta"
    case reactionText = "reaction-text"
    case notice
    case addReaction = "add-reaction"
    case statusLine = "status-line"
    case statusMessage = "status-message"
    case statusError = "status-error"
    case prompt, selection
    case searchMatch = "search-match"
    case currentMatch = "current-match"
    case border
    case overlayTitle = "overlay-title"
    case questionMarker = "question-marker"
    case currentMarker = "current-marker"
    case helpKeys = "help-keys"
    case quiet
    case newReactionMarker = "new-reaction-marker"

    init(text role: TextRole) {
        switch role {
        case .body: self = .body
        case .title: self = .title
        case .metadata: self = .metadata
        case .questionNumber: self = .questionNumber
        case .question: self = .question
        case .quote: self = .quote
        case .heading: self = .heading
        case .sectionHeading: self = .sectionHeading
        case .listMarker: self = .listMarker
        case .rule: self = .rule
        case .linkTarget: self = .linkTarget
        case .reactionsHeading: self = .reactionsHeading
        case .reactionAuthor: self = .reactionAuthor
        case .reactionMeta: self = .reactionMeta
        case .reactionText: self = .reactionText
        case .notice: self = .notice
        case .addReaction: self = .addReaction
        }
    }

    init(element: ScreenElement) {
        switch element {
        case .statusBar: self = .statusLine
        case .statusMessage: self = .statusMessage
        case .statusError: self = .statusError
        case .prompt: self = .prompt
        case .selection: self = .selection
        case .match: self = .searchMatch
        case .currentMatch: self = .currentMatch
        case .border: self = .border
        case .overlayTitle: self = .overlayTitle
        case .questionMarker: self = .questionMarker
        case .currentMarker: self = .currentMarker
        case .heading: self = .helpKeys
        case .quiet: self = .quiet
        case .newReactionMarker: self = .newReactionMarker
        }
    }
}
