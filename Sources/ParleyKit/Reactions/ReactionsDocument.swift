/// The contents of `<slug>.reactions.json` (docs/reactions-format.md).
public struct ReactionsDocument: Equatable, Sendable {
    /// The format version this parley writes.
    public static let currentVersion = 1

    public var version: Int
    public var article: String
    /// In file order.
    public var reactions: [Reaction]
    /// Versions a merge could not keep as reactions: another version of a
    /// reaction whose id is in `reactions` with other contents, or another
    /// value of a top-level field (`ReactionsMerge`, docs/sync.md). Written
    /// only when there are any; `parley check` reports each.
    public var conflicts: [JSONValue]
    /// Top-level keys this version does not know, kept for rewriting.
    public var otherFields: JSONObject
    /// Lines whose strings held bytes that are not UTF-8, or `\u` escapes of
    /// lone surrogates: shown as U+FFFD, so rewriting the file would change
    /// them for good. parley never adds to such a file; `check` reports them.
    public var damagedLines: [Int] = []

    public init(version: Int = currentVersion, article: String, reactions: [Reaction] = [], conflicts: [JSONValue] = [], otherFields: JSONObject = JSONObject()) {
        self.version = version
        self.article = article
        self.reactions = reactions
        self.conflicts = conflicts
        self.otherFields = otherFields
    }

    /// Written by a newer parley: readable, but this version must not rewrite it.
    public var isNewerFormat: Bool { version > Self.currentVersion }

    // MARK: - Reading

    private static let reactionKeys: Set<String> = ["id", "author", "posted", "text", "replyTo"]
    private static let topLevelKeys: Set<String> = ["version", "article", "reactions", "conflicts"]

    public static func decode(bytes: some Collection<UInt8>, file: String) throws(ReactionsError) -> ReactionsDocument {
        let root: JSONValue
        let damagedLines: [Int]
        do {
            (root, damagedLines) = try JSONParser.parseRecordingDamage(bytes)
        } catch {
            throw ReactionsError(file: file, line: error.line, column: error.column, problem: .syntax(error.problem))
        }
        return try document(root: root, damagedLines: damagedLines, file: file)
    }

    /// The document a parsed tree holds; `root`'s reactions may be left out
    /// (an empty array) when they were checked one by one already.
    /// `firstReactionError`: the first reaction found wrong while the tree was
    /// read, thrown where `decode` would find it.
    static func document(root: JSONValue, damagedLines: [Int], file: String, firstReactionError: ReactionsError? = nil) throws(ReactionsError) -> ReactionsDocument {
        guard let object = root.objectValue else {
            throw ReactionsError(file: file, line: 1, problem: .notAnObject(found: root.kind))
        }
        func fail(_ line: Int, _ problem: ReactionsProblem) -> ReactionsError { ReactionsError(file: file, line: line, problem: problem) }

        guard let version = object["version"]?.intValue, version >= 1 else {
            throw fail(object.line, .versionNotANumber)
        }
        guard let article = object["article"]?.stringValue else {
            throw fail(object.line, .articleNotAString)
        }
        guard let list = object["reactions"]?.arrayValue else {
            throw fail(object.line, .reactionsNotAnArray)
        }
        if let firstReactionError { throw firstReactionError }
        var reactions: [Reaction] = []
        reactions.reserveCapacity(list.count)
        var seen: [String: Int] = [:]
        for (position, value) in list.enumerated() {
            reactions.append(try reaction(value, number: position + 1, rootLine: object.line, seen: &seen, file: file))
        }
        var conflicts: [JSONValue] = []
        if let value = object["conflicts"] {
            guard let list = value.arrayValue else {
                throw fail(object.line, .conflictsNotAnArray)
            }
            conflicts = list
        }
        let others = JSONObject(object.members.filter { !topLevelKeys.contains($0.key) })
        var document = ReactionsDocument(version: version, article: article, reactions: reactions, conflicts: conflicts, otherFields: others)
        document.damagedLines = damagedLines
        return document
    }

    /// Reaction `number` (1-based) of the file, checked as `decode` checks it;
    /// `seen` holds the ids before it (with their numbers).
    static func reaction(_ value: JSONValue, number: Int, rootLine: Int, seen: inout [String: Int], file: String) throws(ReactionsError) -> Reaction {
        func fail(_ line: Int, _ problem: ReactionsProblem) -> ReactionsError { ReactionsError(file: file, line: line, problem: problem) }
        guard let fields = value.objectValue else {
            throw fail(rootLine, .reactionNotAnObject(number: number, found: value.kind))
        }
        let line = fields.line
        guard let id = fields["id"]?.stringValue, !id.isEmpty else {
            throw fail(line, .reactionWithoutID(number: number))
        }
        if let earlier = seen[id] {
            throw fail(line, .sameID(number: number, earlier: earlier, id: id))
        }
        seen[id] = number
        guard let text = fields["text"]?.stringValue else {
            throw fail(line, .reactionWithoutText(number: number))
        }
        let author = try optionalString(fields, "author", number: number, line: line, file: file)
        let replyTo = try optionalString(fields, "replyTo", number: number, line: line, file: file)
        var posted: ReactionTime?
        if let raw = try optionalString(fields, "posted", number: number, line: line, file: file) {
            guard let time = ReactionTime(iso: raw) else {
                throw fail(line, .postedNotATime(number: number, found: raw))
            }
            posted = time
        }
        let others = JSONObject(fields.members.filter { !reactionKeys.contains($0.key) })
        return Reaction(id: id, author: author, posted: posted, text: text, replyTo: replyTo, otherFields: others)
    }

    private static func optionalString(_ fields: JSONObject, _ key: String, number: Int, line: Int, file: String) throws(ReactionsError) -> String? {
        switch fields[key] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case let other?: throw ReactionsError(file: file, line: line, problem: .fieldNotAString(number: number, field: key, found: other.kind))
        }
    }

    // MARK: - Writing

    /// The file's text: pretty-printed, stable key order, newline at the end.
    public func encoded() -> String {
        var root = JSONObject()
        root.members = [
            ("version", JSONValue(version)),
            ("article", .string(article)),
            ("reactions", .array(reactions.map(Self.encode))),
        ]
        if !conflicts.isEmpty { root.members.append(("conflicts", .array(conflicts))) }
        root.members.append(contentsOf: otherFields.members)
        return JSONWriter.pretty(.object(root))
    }

    public static func encode(_ reaction: Reaction) -> JSONValue {
        var fields = JSONObject()
        fields.members = [
            ("id", .string(reaction.id)),
            ("author", reaction.author.map(JSONValue.string) ?? .null),
            ("posted", reaction.posted.map { .string($0.text) } ?? .null),
            ("text", .string(reaction.text)),
            ("replyTo", reaction.replyTo.map(JSONValue.string) ?? .null),
        ]
        fields.members.append(contentsOf: reaction.otherFields.members)
        return .object(fields)
    }

    // MARK: - Order

    /// Posted order: reactions with an unknown date first, in file order, then
    /// by time (equal times keep file order).
    public var reactionsInPostedOrder: [Reaction] {
        let indexed = reactions.enumerated().map { ($0.offset, $0.element) }
        return indexed.sorted { a, b in
            switch (a.1.posted, b.1.posted) {
            case (nil, nil): return a.0 < b.0
            case (nil, _?): return true
            case (_?, nil): return false
            case let (x?, y?): return x.date == y.date ? a.0 < b.0 : x.date < y.date
            }
        }.map(\.1)
    }
}
