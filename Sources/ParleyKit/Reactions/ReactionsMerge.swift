/// The three-way merge of a reactions file: what git's merge driver
/// (`parley merge-reactions`) and sync's recovery of a conflicted file write
/// (docs/sync.md). A pure function: three documents in, one out.
///
/// Reactions are a grow-only set keyed by id, so the result holds every id of
/// the three versions exactly once. The result depends only on the three
/// inputs and not on which side is "ours": merging A into B and B into A give
/// the same bytes, and merging a result again with either side changes nothing.
///
/// - One id, one content: that reaction.
/// - One id, changed on one side only (the other side still has the base's
///   version): the changed one. A hand edit travels like a new reaction.
/// - One id, changed differently on both sides: the version whose compact
///   JSON sorts first (by UTF-8 bytes) stays in `reactions`; the other goes to
///   `conflicts`, where `parley check` reports it. Nothing is dropped silently.
/// - `conflicts` merges as a three-way set: an entry removed on one side (a
///   conflict someone resolved) stays removed.
/// - Top-level fields this parley does not know merge like a reaction's
///   contents; two different new values keep one and put the other in
///   `conflicts` as `{"field": key, "value": value}`.
/// - Order: posted order (no time first), equal times by their place in the
///   base, then by id; so a file already in posted order keeps its order.
public enum ReactionsMerge {
    /// Which of the three versions.
    public enum Side: String, Equatable, Sendable {
        case base, ours, theirs
    }

    /// Merges the files' bytes; empty bytes mean "no such file on that side"
    /// (git gives an empty base when both sides added the file). Returns nil
    /// only when all three are empty.
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], files: (base: String, ours: String, theirs: String)) throws(ReactionsMergeError) -> [UInt8]? {
        try mergeDocuments(base: base, ours: ours, theirs: theirs, files: files).map { Array($0.encoded().utf8) }
    }

    /// As `merge(base:ours:theirs:files:)`, giving the document.
    public static func mergeDocuments(base: [UInt8], ours: [UInt8], theirs: [UInt8], files: (base: String, ours: String, theirs: String)) throws(ReactionsMergeError) -> ReactionsDocument? {
        func decode(_ bytes: [UInt8], _ file: String, _ side: Side) throws(ReactionsMergeError) -> ReactionsDocument? {
            if bytes.isEmpty { return nil }
            let document: ReactionsDocument
            do {
                document = try ReactionsDocument.decode(bytes: bytes, file: file)
            } catch {
                throw .unreadable(side: side, error)
            }
            if document.isNewerFormat { throw .newerFormat(side: side, file: file, version: document.version) }
            return document
        }
        return try merge(
            base: decode(base, files.base, .base),
            ours: decode(ours, files.ours, .ours),
            theirs: decode(theirs, files.theirs, .theirs)
        )
    }

    /// Merges three documents (nil: no file on that side); nil only when all three are nil.
    public static func merge(base: ReactionsDocument?, ours: ReactionsDocument?, theirs: ReactionsDocument?) -> ReactionsDocument? {
        guard let any = ours ?? theirs ?? base else { return nil }
        var conflicts: [JSONValue] = []

        let version = [base, ours, theirs].compactMap { $0?.version }.max() ?? any.version
        let article = pick(base?.article, ours?.article, theirs?.article, compare: { Array($0.utf8) })?.winner ?? any.article

        // Reactions, by id.
        let baseByID = index(base?.reactions)
        let oursByID = index(ours?.reactions)
        let theirsByID = index(theirs?.reactions)
        var ids = Set(baseByID.keys)
        ids.formUnion(oursByID.keys)
        ids.formUnion(theirsByID.keys)
        var reactions: [Reaction] = []
        reactions.reserveCapacity(ids.count)
        for id in ids {
            if let picked = pick(baseByID[id], oursByID[id], theirsByID[id], compare: canonical) {
                reactions.append(picked.winner)
                if let loser = picked.loser { conflicts.append(ReactionsDocument.encode(loser)) }
            }
        }
        let basePlace = Dictionary(uniqueKeysWithValues: (base?.reactions ?? []).enumerated().map { ($0.element.id, $0.offset) })
        reactions.sort { a, b in precedes(a, b, basePlace: basePlace) }

        // Unknown top-level fields: keys of the base in its order, then new keys by name.
        var otherFields = JSONObject()
        var keys = base?.otherFields.keys ?? []
        let newKeys = Set((ours?.otherFields.keys ?? []) + (theirs?.otherFields.keys ?? [])).subtracting(keys)
        keys += newKeys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for key in keys {
            if let picked = pickField(key, base: base, ours: ours, theirs: theirs) {
                otherFields.members.append((key, picked.winner))
                if let loser = picked.loser {
                    conflicts.append(.object(JSONObject([("field", .string(key)), ("value", loser)])))
                }
            }
        }

        // Earlier conflicts: a three-way set, so a resolved one stays resolved.
        let old = threeWaySet(base: base?.conflicts ?? [], ours: ours?.conflicts ?? [], theirs: theirs?.conflicts ?? [])
        let all = uniqueSorted(old + conflicts)
        return ReactionsDocument(version: version, article: article, reactions: reactions, conflicts: all, otherFields: otherFields)
    }

    // MARK: - Choosing one version

    private struct Picked<Value> {
        var winner: Value
        var loser: Value?
    }

    /// The three-way choice for one id: absent on both sides, the base's
    /// (reactions only grow); on one side, that one; changed on one side
    /// only, the change; changed on both, the one whose bytes sort first, and
    /// the other as the loser. `compare` gives the bytes compared and ordered.
    private static func pick<Value>(_ base: Value?, _ ours: Value?, _ theirs: Value?, compare: (Value) -> [UInt8]) -> Picked<Value>? {
        switch (ours, theirs) {
        case (nil, nil): return base.map { Picked(winner: $0) }
        case (let only?, nil), (nil, let only?): return Picked(winner: only)
        case let (ours?, theirs?):
            let o = compare(ours), t = compare(theirs), b = base.map(compare)
            if o == t || t == b { return Picked(winner: ours) }
            if o == b { return Picked(winner: theirs) }
            return o.lexicographicallyPrecedes(t) ? Picked(winner: ours, loser: theirs) : Picked(winner: theirs, loser: ours)
        }
    }

    /// The three-way choice for a top-level field, where "not there" is a
    /// value too: a field removed on one side and unchanged on the other
    /// goes. A side without a file has no say. A value beats a removal.
    private static func pickField(_ key: String, base: ReactionsDocument?, ours: ReactionsDocument?, theirs: ReactionsDocument?) -> Picked<JSONValue>? {
        guard let ours else { return theirs?.otherFields[key].map { Picked(winner: $0) } }
        guard let theirs else { return ours.otherFields[key].map { Picked(winner: $0) } }
        let bytes = { (value: JSONValue?) in value.map { Array(JSONWriter.compact($0).utf8) } }
        let o = ours.otherFields[key], t = theirs.otherFields[key]
        let ob = bytes(o), tb = bytes(t), bb = bytes(base?.otherFields[key])
        let winner: JSONValue?
        if ob == tb || tb == bb { winner = o } else if ob == bb { winner = t } else {
            guard let o, let t, let ob, let tb else { return (o ?? t).map { Picked(winner: $0) } }
            return ob.lexicographicallyPrecedes(tb) ? Picked(winner: o, loser: t) : Picked(winner: t, loser: o)
        }
        return winner.map { Picked(winner: $0) }
    }

    /// The bytes a reaction is compared and ordered by: its compact JSON, so
    /// unknown fields and their order count.
    private static func canonical(_ reaction: Reaction) -> [UInt8] {
        Array(JSONWriter.compact(ReactionsDocument.encode(reaction)).utf8)
    }

    private static func index(_ reactions: [Reaction]?) -> [String: Reaction] {
        var result: [String: Reaction] = [:]
        // Ids are unique in a file that decoded; the first wins otherwise.
        for reaction in reactions ?? [] where result[reaction.id] == nil { result[reaction.id] = reaction }
        return result
    }

    /// Posted order: no time first, then by time; equal times by their place
    /// in the base (those not in it after), then by id.
    private static func precedes(_ a: Reaction, _ b: Reaction, basePlace: [String: Int]) -> Bool {
        switch (a.posted, b.posted) {
        case (nil, _?): return true
        case (_?, nil): return false
        case let (x?, y?) where x.date != y.date: return x.date < y.date
        default: break
        }
        let pa = basePlace[a.id] ?? Int.max, pb = basePlace[b.id] ?? Int.max
        if pa != pb { return pa < pb }
        return Array(a.id.utf8).lexicographicallyPrecedes(Array(b.id.utf8))
    }

    // MARK: - The conflicts list

    /// In the result when on both sides, or on one side and not in the base.
    private static func threeWaySet(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue]) -> [JSONValue] {
        let key = { (value: JSONValue) in JSONWriter.compact(value) }
        let b = Set(base.map(key)), o = Set(ours.map(key)), t = Set(theirs.map(key))
        return (ours + theirs).filter { value in
            let k = key(value)
            let inOurs = o.contains(k), inTheirs = t.contains(k)
            return (inOurs && inTheirs) || !b.contains(k)
        }
    }

    /// Without repeats, ordered by id (when the entry has one), then by compact JSON.
    private static func uniqueSorted(_ values: [JSONValue]) -> [JSONValue] {
        var seen = Set<String>()
        var entries: [(id: [UInt8], bytes: [UInt8], value: JSONValue)] = []
        for value in values {
            let compact = JSONWriter.compact(value)
            guard seen.insert(compact).inserted else { continue }
            let id = value.objectValue?["id"]?.stringValue ?? ""
            entries.append((Array(id.utf8), Array(compact.utf8), value))
        }
        entries.sort { a, b in
            a.id != b.id ? a.id.lexicographicallyPrecedes(b.id) : a.bytes.lexicographicallyPrecedes(b.bytes)
        }
        return entries.map(\.value)
    }
}

/// Why a merge wrote nothing: a side that cannot be read, or that a newer
/// parley wrote (this one would lose what it does not know).
public enum ReactionsMergeError: Error, Equatable, Sendable {
    case unreadable(side: ReactionsMerge.Side, ReactionsError)
    case newerFormat(side: ReactionsMerge.Side, file: String, version: Int)
}
