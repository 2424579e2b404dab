/// The reactions of a file as the reader needs them: every reaction's id,
/// time and `replyTo` (its outline: what the thread order and the reading
/// state need), and the whole reaction, author and text, only when it is
/// asked for (`reaction(at:)`), decoded then from the file's bytes.
///
/// A file of 10,000 reactions (4.6 MB) decoded whole is about 10 MB of
/// strings, and its JSON tree as much again while it is read; its outlines
/// are about 2 MB, and the tree is read a reaction at a time.
/// `ReactionsDocument.decode` checks the same file the same way: a file
/// this cannot index is one that does not decode, with the same error.
public struct ReactionsIndex: Sendable {
    /// Each reaction in file order, its author nil and its text empty.
    public let outlines: [Reaction]
    private let storage: Storage

    private enum Storage: Sendable {
        /// Reactions decoded already (a file just written, a short test).
        case decoded([Reaction])
        /// The file's bytes and each reaction's bytes in them.
        case bytes([UInt8], ranges: [Range<Int>])
    }

    /// Reactions decoded already.
    public init(_ reactions: [Reaction]) {
        outlines = reactions.map(Self.outline)
        storage = .decoded(reactions)
    }

    /// Reads `bytes` as `ReactionsDocument.decode` would, keeping outlines.
    public init(bytes: [UInt8], file: String) throws(ReactionsError) {
        var outlines: [Reaction] = []
        var ranges: [Range<Int>] = []
        var seen: [String: Int] = [:]
        var firstError: ReactionsError?
        let root: JSONValue
        let damagedLines: [Int]
        do throws(JSONParser.SyntaxError) {
            (root, damagedLines) = try JSONParser.parseVisiting(bytes, arrayKey: "reactions") { value, range, rootLine in
                guard firstError == nil else { return }
                do throws(ReactionsError) {
                    let reaction = try ReactionsDocument.reaction(value, number: outlines.count + 1, rootLine: rootLine, seen: &seen, file: file)
                    outlines.append(Self.outline(reaction))
                    ranges.append(range)
                } catch {
                    firstError = error
                }
            }
        } catch {
            throw ReactionsError(file: file, line: error.line, column: error.column, problem: .syntax(error.problem))
        }
        // The version, the article and the conflicts, checked as `decode` checks them.
        _ = try ReactionsDocument.document(root: root, damagedLines: damagedLines, file: file, firstReactionError: firstError)
        self.outlines = outlines
        storage = .bytes(bytes, ranges: ranges)
    }

    public var count: Int { outlines.count }
    public var isEmpty: Bool { outlines.isEmpty }

    /// Reaction `index` (in file order) whole, as `ReactionsDocument.decode` gives it.
    public func reaction(at index: Int) -> Reaction {
        switch storage {
        case .decoded(let reactions):
            return reactions[index]
        case .bytes(let bytes, let ranges):
            var seen: [String: Int] = [:]
            // Checked when indexed: the same bytes parse and check the same again.
            guard let value = try? JSONParser.parse(bytes[ranges[index]]),
                  let reaction = try? ReactionsDocument.reaction(value, number: index + 1, rootLine: 1, seen: &seen, file: "") else {
                return outlines[index]
            }
            return reaction
        }
    }

    /// Indices of the reactions in posted order: unknown dates first, in
    /// file order, then by time (equal times keep file order), as
    /// `ReactionsDocument.reactionsInPostedOrder`.
    public var indicesInPostedOrder: [Int] {
        outlines.indices.sorted { a, b in
            switch (outlines[a].posted, outlines[b].posted) {
            case (nil, nil): return a < b
            case (nil, _?): return true
            case (_?, nil): return false
            case let (x?, y?): return x.date == y.date ? a < b : x.date < y.date
            }
        }
    }

    private static func outline(_ reaction: Reaction) -> Reaction {
        Reaction(id: reaction.id, author: nil, posted: reaction.posted, text: "", replyTo: reaction.replyTo)
    }
}

/// What the reader shows of a reactions file: none, the reason it cannot
/// be read, or its reactions indexed.
public enum ReactionsOutline: Sendable {
    case none
    case failed(ReactionsError)
    case indexed(ReactionsIndex)

    public init(_ state: ReactionsState) {
        switch state {
        case .none: self = .none
        case .failed(let error): self = .failed(error)
        case .loaded(let document): self = .indexed(ReactionsIndex(document.reactions))
        }
    }

    /// The reactions' outlines, in file order (none when there is no file or it cannot be read).
    public var outlines: [Reaction] {
        if case .indexed(let index) = self { return index.outlines }
        return []
    }
}
