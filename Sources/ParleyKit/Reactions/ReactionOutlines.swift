import FoundationEssentials

/// The outlines of a file's reactions, in file order: each one's id, time
/// and the reaction it answers, all the thread order and the reading state
/// need. Kept compactly, as the reader holds them for the whole visit: ids
/// and times as UTF-8 in one buffer each, the reaction answered as its
/// index. 10,000 reactions take about 0.8 MB here, where `Reaction`s with
/// a string for every id, time and reply took about 4 MB.
///
/// An element is a `Reaction` (author nil, text empty) made when asked for.
public struct ReactionOutlines: RandomAccessCollection, Sendable {
    private var idBytes: [UInt8] = []
    /// Where each id ends in `idBytes` (and the next one starts).
    private var idEnds: [UInt32] = []
    /// Each time as written (`ReactionTime.text`), empty when unknown.
    private var timeBytes: [UInt8] = []
    private var timeEnds: [UInt32] = []
    /// Each time's `Date.timeIntervalSinceReferenceDate`, NaN when unknown.
    private var seconds: [Double] = []
    /// The index of the reaction each answers, `Self.answersNone` when it
    /// answers none, `Self.answersUnknown` when the one it names is not in
    /// the file (its id is then in `unknownReplies`).
    private var parents: [Int32] = []
    private var unknownReplies: [Int: String] = [:]
    /// Replies to an id not seen yet, resolved by `finish`.
    private var pendingReplies: [(index: Int, id: String)] = []

    private static let answersNone: Int32 = -1
    private static let answersUnknown: Int32 = -2

    public init() {}

    /// The outlines of `reactions`.
    public init(_ reactions: some Sequence<Reaction>) {
        var indexOfID: [String: Int] = [:]
        for reaction in reactions {
            if indexOfID[reaction.id] == nil { indexOfID[reaction.id] = count }
            append(reaction) { indexOfID[$0] }
        }
        finish { indexOfID[$0] }
    }

    /// Adds `reaction`'s outline; `indexOf` gives the index of the
    /// reactions added so far (this one too) by id. `finish` once the last
    /// is added.
    mutating func append(_ reaction: Reaction, indexOf: (String) -> Int?) {
        let index = idEnds.count
        idBytes.append(contentsOf: reaction.id.utf8)
        idEnds.append(UInt32(idBytes.count))
        if let posted = reaction.posted { timeBytes.append(contentsOf: posted.text.utf8) }
        timeEnds.append(UInt32(timeBytes.count))
        seconds.append(reaction.posted?.date.timeIntervalSinceReferenceDate ?? .nan)
        guard let replyTo = reaction.replyTo else {
            parents.append(Self.answersNone)
            return
        }
        if let parent = indexOf(replyTo) {
            parents.append(Int32(parent))
        } else {
            parents.append(Self.answersUnknown)
            pendingReplies.append((index, replyTo))
        }
    }

    /// Resolves replies to reactions later in the file (`indexOf` as for
    /// `append`, now over all of them).
    mutating func finish(indexOf: (String) -> Int?) {
        for (index, id) in pendingReplies {
            if let parent = indexOf(id) {
                parents[index] = Int32(parent)
            } else {
                unknownReplies[index] = id
            }
        }
        pendingReplies = []
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { idEnds.count }

    public subscript(position: Int) -> Reaction {
        Reaction(id: id(at: position), author: nil, posted: posted(at: position), text: "", replyTo: replyTo(at: position))
    }

    /// Reaction `index`'s id.
    public func id(at index: Int) -> String {
        let start = index == 0 ? 0 : Int(idEnds[index - 1])
        return String(decoding: idBytes[start ..< Int(idEnds[index])], as: UTF8.self)
    }

    /// The index of the first reaction whose id is `id` (as strings compare:
    /// what `first(where: { $0.id == id })` finds in the decoded reactions).
    public func firstIndex(ofID id: String) -> Int? {
        indices.first { self.id(at: $0) == id }
    }

    /// When reaction `index` was posted, nil when unknown.
    public func date(at index: Int) -> Date? {
        seconds[index].isNaN ? nil : Date(timeIntervalSinceReferenceDate: seconds[index])
    }

    /// The index of the reaction that reaction `index` answers, when that
    /// one is in the file (it may be `index` itself).
    public func parent(of index: Int) -> Int? {
        parents[index] >= 0 ? Int(parents[index]) : nil
    }

    private func posted(at index: Int) -> ReactionTime? {
        guard !seconds[index].isNaN else { return nil }
        let start = index == 0 ? 0 : Int(timeEnds[index - 1])
        let text = String(decoding: timeBytes[start ..< Int(timeEnds[index])], as: UTF8.self)
        return ReactionTime(text: text, date: Date(timeIntervalSinceReferenceDate: seconds[index]))
    }

    private func replyTo(at index: Int) -> String? {
        switch parents[index] {
        case Self.answersNone: nil
        case Self.answersUnknown: unknownReplies[index]
        case let parent: id(at: Int(parent))
        }
    }
}
