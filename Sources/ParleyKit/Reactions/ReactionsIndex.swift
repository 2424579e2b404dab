/// The reactions of a file as the reader needs them: every reaction's id,
/// time and `replyTo` (its outline: what the thread order and the reading
/// state need, kept compactly: `ReactionOutlines`), and the whole
/// reaction, author and text, only when it is asked for (`reaction(at:)`),
/// decoded then from the file's bytes.
///
/// A file of 10,000 reactions (4.6 MB) decoded whole is about 10 MB of
/// strings, and its JSON tree as much again while it is read; its outlines
/// are about 0.8 MB, and the tree is read a reaction at a time. The reader's
/// file is read from a mapping whose pages go behind the parser, and a
/// reaction's bytes are read again when it is shown: the file is never
/// held whole. `ReactionsDocument.decode` checks the same file the same
/// way: a file this cannot index is one that does not decode, with the
/// same error.
public struct ReactionsIndex: Sendable {
    /// Each reaction in file order, its author nil and its text empty.
    public let outlines: ReactionOutlines
    private let storage: Storage

    private enum Storage: Sendable {
        /// Reactions decoded already (a file just written, a short test).
        case decoded([Reaction])
        /// The file's bytes and each reaction's bytes in them.
        case bytes([UInt8], ranges: [Range<Int>])
        /// The file, still open, and each reaction's bytes in it: read
        /// again (`pread`) when a reaction is shown, not held.
        case file(PendingReactionsFile, ranges: [Range<Int>])
    }

    /// Reactions decoded already.
    public init(_ reactions: [Reaction]) {
        outlines = ReactionOutlines(reactions)
        storage = .decoded(reactions)
    }

    /// Reads `bytes` as `ReactionsDocument.decode` would, keeping outlines.
    public init(bytes: [UInt8], file: String) throws(ReactionsError) {
        let indexed = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ReactionsError) in try Self.index(buffer, file: file, passed: { _ in }) }
        }
        let (outlines, ranges) = try indexed.get()
        self.outlines = outlines
        storage = .bytes(bytes, ranges: ranges)
    }

    /// Reads the file `opened` as mapped (`mapped`), giving its pages back
    /// behind the parser: the bytes of a reaction are read again from the
    /// open file when it is shown.
    init(mapped: MappedFile, opened: PendingReactionsFile) throws(ReactionsError) {
        let bytes = mapped.bytes
        // Every 256 KB: 18 calls for 4.6 MB, and never more than that resident.
        var released = 0
        let (outlines, ranges) = try Self.index(bytes, file: opened.file) { end in
            guard end - released >= 1 << 18 else { return }
            mapped.release(before: end)
            released = end
        }
        self.outlines = outlines
        storage = .file(opened, ranges: ranges)
    }

    /// Indexes `bytes` as `ReactionsDocument.decode` reads them; `passed`
    /// is called with the end of each reaction once it is read.
    private static func index(_ bytes: UnsafeBufferPointer<UInt8>, file: String,
                              passed: @escaping (Int) -> Void) throws(ReactionsError) -> (outlines: ReactionOutlines, ranges: [Range<Int>]) {
        var outlines = ReactionOutlines()
        var ranges: [Range<Int>] = []
        var seen: [String: Int] = [:]
        var firstError: ReactionsError?
        let root: JSONValue
        let damagedLines: [Int]
        do throws(JSONParser.SyntaxError) {
            (root, damagedLines) = try JSONParser.parseVisiting(bytes, arrayKey: "reactions") { value, range, rootLine in
                passed(range.upperBound)
                guard firstError == nil else { return }
                do throws(ReactionsError) {
                    let reaction = try ReactionsDocument.reaction(value, number: outlines.count + 1, rootLine: rootLine, seen: &seen, file: file)
                    outlines.append(reaction) { seen[$0].map { $0 - 1 } }
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
        outlines.finish { seen[$0].map { $0 - 1 } }
        return (outlines, ranges)
    }

    public var count: Int { outlines.count }
    public var isEmpty: Bool { outlines.isEmpty }

    /// Reaction `index` (in file order) whole, as `ReactionsDocument.decode` gives it.
    public func reaction(at index: Int) -> Reaction {
        switch storage {
        case .decoded(let reactions):
            return reactions[index]
        case .bytes(let bytes, let ranges):
            return decode(bytes[ranges[index]], at: index)
        case .file(let opened, let ranges):
            // The file is the one indexed (kept open; writers replace it by a
            // rename), so only a failing read leaves the outline.
            guard let bytes = opened.bytes(in: ranges[index]) else { return outlines[index] }
            return decode(bytes, at: index)
        }
    }

    private func decode(_ bytes: some Collection<UInt8>, at index: Int) -> Reaction {
        var seen: [String: Int] = [:]
        // Checked when indexed: the same bytes parse and check the same again.
        guard let value = try? JSONParser.parse(bytes),
              let reaction = try? ReactionsDocument.reaction(value, number: index + 1, rootLine: 1, seen: &seen, file: "") else {
            return outlines[index]
        }
        return reaction
    }

    /// Indices of the reactions in posted order: unknown dates first, in
    /// file order, then by time (equal times keep file order), as
    /// `ReactionsDocument.reactionsInPostedOrder`.
    public var indicesInPostedOrder: [Int] {
        outlines.indices.sorted { a, b in
            switch (outlines.date(at: a), outlines.date(at: b)) {
            case (nil, nil): return a < b
            case (nil, _?): return true
            case (_?, nil): return false
            case let (x?, y?): return x == y ? a < b : x < y
            }
        }
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
    public var outlines: ReactionOutlines {
        if case .indexed(let index) = self { return index.outlines }
        return ReactionOutlines()
    }
}
