/// A reaction being written, kept so that typed text is never lost: by the
/// composer while typing and when it is left, and by `parley react` when
/// posting fails.
public struct Draft: Equatable, Sendable {
    /// The format version of a draft file.
    public static let currentVersion = 1

    /// nil: not given (the default name applies when it is posted).
    public var name: String?
    /// As typed: not trimmed, not validated.
    public var text: String
    public var replyTo: String?
    /// When it was last saved; nil before its first save.
    public var updated: ReactionTime?

    public init(name: String?, text: String, replyTo: String? = nil, updated: ReactionTime? = nil) {
        self.name = name
        self.text = text
        self.replyTo = replyTo
        self.updated = updated
    }

    /// Nothing worth keeping: no text but blanks.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// The same words, name and reply, whenever they were saved.
    public func hasSameContent(as other: Draft) -> Bool {
        name == other.name && text == other.text && replyTo == other.replyTo
    }

    /// Whether posting `text` (as the store keeps it) posted this draft.
    public func wasPosted(as text: String) -> Bool {
        ReactionInput.trimmed(ReactionInput.normalisingLineEnds(self.text)) == text
    }

    // MARK: - File

    func encoded(article: String) -> String {
        JSONWriter.pretty(.object(JSONObject([
            ("version", JSONValue(Self.currentVersion)),
            ("article", .string(article)),
            ("name", name.map(JSONValue.string) ?? .null),
            ("text", .string(text)),
            ("replyTo", replyTo.map(JSONValue.string) ?? .null),
            ("updated", updated.map { .string($0.text) } ?? .null),
        ])))
    }

    static func decode(bytes: [UInt8], file: String) throws(DraftError) -> Draft {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .unreadable(file: file, line: error.line, column: error.column, problem: .syntax(error.problem))
        }
        guard let object = root.objectValue else {
            throw .unreadable(file: file, line: 1, column: nil, problem: .notAnObject(found: root.kind))
        }
        func optionalString(_ key: String) throws(DraftError) -> String? {
            switch object[key] {
            case nil, .null?: return nil
            case .string(let value)?: return value
            case let other?: throw .unreadable(file: file, line: object.line, column: nil, problem: .fieldNotAString(field: key, found: other.kind))
            }
        }
        guard let text = object["text"]?.stringValue else {
            throw .unreadable(file: file, line: object.line, column: nil, problem: .noText)
        }
        return Draft(
            name: try optionalString("name"),
            text: text,
            replyTo: try optionalString("replyTo"),
            updated: try optionalString("updated").flatMap(ReactionTime.init(iso:))
        )
    }
}
