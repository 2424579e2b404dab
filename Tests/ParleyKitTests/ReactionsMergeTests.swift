import Testing
import ParleyTestSupport
@testable import ParleyKit

@Suite("Merging reactions files (the merge driver)")
struct ReactionsMergeTests {
    private func reaction(_ id: String, _ text: String = "t", posted: String? = "2026-12-01T10:00:00Z", replyTo: String? = nil, extra: [(String, JSONValue)] = []) -> Reaction {
        Reaction(id: id, author: "A", posted: posted.flatMap(ReactionTime.init(iso:)), text: text, replyTo: replyTo, otherFields: JSONObject(extra))
    }

    private func document(_ reactions: [Reaction], conflicts: [JSONValue] = [], other: [(String, JSONValue)] = []) -> ReactionsDocument {
        ReactionsDocument(article: "x", reactions: reactions, conflicts: conflicts, otherFields: JSONObject(other))
    }

    private func merge(_ base: ReactionsDocument?, _ ours: ReactionsDocument?, _ theirs: ReactionsDocument?) -> ReactionsDocument {
        ReactionsMerge.merge(base: base, ours: ours, theirs: theirs) ?? ReactionsDocument(article: "none")
    }

    // MARK: - Examples

    @Test("the union by id, in posted order, a reply to a reaction only one side had kept")
    func union() {
        let base = document([reaction("a", posted: "2026-12-01T09:00:00Z")])
        let ours = document(base.reactions + [reaction("b", posted: "2026-12-01T11:00:00Z")])
        let theirs = document(base.reactions + [reaction("c", posted: "2026-12-01T10:00:00Z", replyTo: "b")])
        let merged = merge(base, ours, theirs)
        #expect(merged.reactions.map(\.id) == ["a", "c", "b"])
        #expect(merged.reactions[1].replyTo == "b")
        #expect(merged.conflicts.isEmpty)
    }

    @Test("reactions without a time come first, in the base's order; new ones without a time by id")
    func orderWithoutTimes() {
        let base = document([reaction("z", posted: nil), reaction("m", posted: nil)])
        let ours = document(base.reactions + [reaction("q", posted: nil), reaction("n")])
        let theirs = document(base.reactions + [reaction("b", posted: nil)])
        #expect(merge(base, ours, theirs).reactions.map(\.id) == ["z", "m", "b", "q", "n"])
    }

    @Test("equal times: the base's order, then by id")
    func equalTimes() {
        let base = document([reaction("z"), reaction("m")])
        let ours = document(base.reactions + [reaction("y")])
        let theirs = document(base.reactions + [reaction("c")])
        #expect(merge(base, ours, theirs).reactions.map(\.id) == ["z", "m", "c", "y"])
    }

    @Test("a reaction changed on one side only: the change, with no conflict")
    func oneSidedEdit() {
        let base = document([reaction("a", "old")])
        let merged = merge(base, document([reaction("a", "new")]), base)
        #expect(merged.reactions.map(\.text) == ["new"])
        #expect(merged.conflicts.isEmpty)
    }

    @Test("a reaction changed differently on both sides: one kept, the other under conflicts, either way round")
    func twoSidedEdit() {
        let base = document([reaction("a", "old")])
        let ours = document([reaction("a", "mine")])
        let theirs = document([reaction("a", "yours")])
        let one = merge(base, ours, theirs)
        let other = merge(base, theirs, ours)
        #expect(one.encoded() == other.encoded())
        #expect(one.reactions.map(\.text) == ["mine"])  // {"id":"a",...,"text":"mine" sorts before "yours"
        #expect(one.conflicts == [ReactionsDocument.encode(reaction("a", "yours"))])
        // check reports it
        #expect(LibraryCheck.conflictProblems(one, file: "x.reactions.json").count == 1)
        // merging again with either side changes nothing
        #expect(merge(base, one, theirs).encoded() == one.encoded())
        #expect(merge(base, ours, one).encoded() == one.encoded())
    }

    @Test("a conflict removed on one side (resolved by hand) stays removed")
    func resolvedConflictStaysResolved() {
        let conflicted = document([reaction("a", "mine")], conflicts: [ReactionsDocument.encode(reaction("a", "yours"))])
        let resolved = document([reaction("a", "mine")])
        let withNew = document([reaction("a", "mine"), reaction("b")], conflicts: conflicted.conflicts)
        let merged = merge(conflicted, resolved, withNew)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.reactions.map(\.id) == ["a", "b"])
    }

    @Test("unknown fields survive: in a reaction, at the top level; two new values of a field keep both")
    func unknownFields() {
        let base = document([reaction("a", extra: [("likes", .number("3.10"))])], other: [("moderation", .string("open"))])
        let ours = document(base.reactions + [reaction("b", extra: [("mood", .object(JSONObject([("kind", .string("happy"))])))])],
                            other: [("moderation", .string("open")), ("zeta", .bool(true))])
        let theirs = document(base.reactions, other: [("moderation", .string("closed")), ("alpha", .null)])
        let merged = merge(base, ours, theirs)
        #expect(merged.reactions[0].otherFields["likes"] == .number("3.10"))
        #expect(merged.reactions[1].otherFields.keys == ["mood"])
        #expect(merged.otherFields.keys == ["moderation", "alpha", "zeta"])
        #expect(merged.otherFields["moderation"] == .string("closed"))

        let split = merge(base, document([], other: [("moderation", .string("x"))]), document([], other: [("moderation", .string("y"))]))
        #expect(split.otherFields["moderation"] == .string("x"))
        #expect(split.conflicts == [.object(JSONObject([("field", .string("moderation")), ("value", .string("y"))]))])
    }

    @Test("a side that does not parse, or that a newer parley wrote: an error naming the side and file, nothing merged")
    func unreadableSide() throws {
        let good = Array(document([reaction("a")]).encoded().utf8)
        let markers = Array("<<<<<<< ours\n{}\n=======\n{}\n>>>>>>> theirs\n".utf8)
        let files = (base: "O", ours: "A", theirs: "B")
        #expect(throws: ReactionsMergeError.self) { try ReactionsMerge.merge(base: good, ours: good, theirs: markers, files: files) }
        do {
            _ = try ReactionsMerge.merge(base: good, ours: markers, theirs: good, files: files)
            Issue.record("merged a file with conflict markers")
        } catch {
            guard case .unreadable(let side, let reason) = error else { Issue.record("\(error)"); return }
            #expect(side == .ours)
            #expect(reason.file == "A")
            #expect(reason.line == 1)
        }
        let newer = Array(#"{"version": 2, "article": "x", "reactions": []}"#.utf8)
        #expect(throws: ReactionsMergeError.newerFormat(side: .theirs, file: "B", version: 2)) {
            try ReactionsMerge.merge(base: good, ours: good, theirs: newer, files: files)
        }
    }

    @Test("an empty base (the file added on both sides) merges the two")
    func addedOnBothSides() throws {
        let ours = Array(document([reaction("a")]).encoded().utf8)
        let theirs = Array(document([reaction("b")]).encoded().utf8)
        let merged = try #require(try ReactionsMerge.merge(base: [], ours: ours, theirs: theirs, files: ("O", "A", "B")))
        let decoded = try ReactionsDocument.decode(bytes: merged, file: "m")
        #expect(decoded.reactions.map(\.id) == ["a", "b"])
    }

    // MARK: - Properties, on generated inputs

    /// A pool of reactions, some ids in several versions, split at random
    /// between base, ours and theirs.
    private struct Generated {
        var base: ReactionsDocument
        var ours: ReactionsDocument
        var theirs: ReactionsDocument
    }

    private func generate(seed: UInt64) -> Generated {
        var rng = SplitMix64(seed: seed)
        let times: [String?] = [nil, "2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z", "2026-12-01T11:30:00Z", "2026-12-02T08:00:00+02:00"]
        func version(_ id: String, _ n: Int, replyTo: String?) -> Reaction {
            var extra: [(String, JSONValue)] = []
            if n % 3 == 2 { extra.append(("likes", .number(String(n)))) }
            return reaction(id, "text \(n)", posted: times[Int(rng.next() % UInt64(times.count))], replyTo: replyTo, extra: extra)
        }
        var base: [Reaction] = [], ours: [Reaction] = [], theirs: [Reaction] = []
        let count = Int(rng.next() % 12)
        var ids: [String] = []
        for i in 0..<count {
            let id = String(Int(rng.next() % 1000), radix: 16) + "-\(i)"
            let replyTo = ids.isEmpty || rng.next() % 3 != 0 ? nil : ids[Int(rng.next() % UInt64(ids.count))]
            ids.append(id)
            let first = version(id, 0, replyTo: replyTo)
            // Where it is: bits for base, ours, theirs (never nowhere).
            let placement = Int(rng.next() % 7) + 1
            // Sometimes a side holds a changed version (a hand edit).
            func variant() -> Reaction { rng.next() % 4 == 0 ? version(id, Int(rng.next() % 5) + 1, replyTo: replyTo) : first }
            if placement & 1 != 0 { base.append(first) }
            if placement & 2 != 0 { ours.append(variant()) }
            if placement & 4 != 0 { theirs.append(variant()) }
        }
        func shuffled(_ list: [Reaction]) -> [Reaction] { list.shuffled(using: &rng) }
        func others() -> [(String, JSONValue)] {
            rng.next() % 3 == 0 ? [("moderation", .string(["open", "closed"][Int(rng.next() % 2)]))] : []
        }
        return Generated(base: document(shuffled(base), other: others()), ours: document(shuffled(ours), other: others()), theirs: document(shuffled(theirs), other: others()))
    }

    @Test("commutative: ours and theirs swapped give the same bytes", arguments: 0..<300)
    func commutative(seed: Int) {
        let g = generate(seed: UInt64(seed))
        #expect(merge(g.base, g.ours, g.theirs).encoded() == merge(g.base, g.theirs, g.ours).encoded())
    }

    @Test("every id of the three is there exactly once; every version of ours and theirs is kept, in conflicts, or an edited-away base", arguments: 0..<300)
    func nothingLost(seed: Int) throws {
        let g = generate(seed: UInt64(seed))
        let merged = merge(g.base, g.ours, g.theirs)
        let ids = merged.reactions.map(\.id)
        #expect(ids.count == Set(ids).count)
        #expect(Set(ids) == Set((g.base.reactions + g.ours.reactions + g.theirs.reactions).map(\.id)))
        let kept = Set(merged.reactions.map { JSONWriter.compact(ReactionsDocument.encode($0)) } + merged.conflicts.map(JSONWriter.compact))
        let baseVersions = Dictionary(uniqueKeysWithValues: g.base.reactions.map { ($0.id, $0) })
        for version in g.ours.reactions + g.theirs.reactions {
            let compact = JSONWriter.compact(ReactionsDocument.encode(version))
            #expect(kept.contains(compact) || baseVersions[version.id] == version, "lost \(compact)")
        }
        // the written file reads back as the merge
        let reread = try ReactionsDocument.decode(bytes: Array(merged.encoded().utf8), file: "m")
        #expect(reread.encoded() == merged.encoded())
    }

    @Test("idempotent: merging the result again, with itself or with either side, changes nothing", arguments: 0..<300)
    func idempotent(seed: Int) {
        let g = generate(seed: UInt64(seed))
        let merged = merge(g.base, g.ours, g.theirs)
        let bytes = merged.encoded()
        #expect(merge(g.base, merged, merged).encoded() == bytes)
        #expect(merge(merged, merged, merged).encoded() == bytes)
        #expect(merge(g.base, merged, g.theirs).encoded() == bytes)
        #expect(merge(g.base, g.ours, merged).encoded() == bytes)
    }

    @Test("three copies merged in either grouping hold the same bytes", arguments: 0..<200)
    func grouping(seed: Int) {
        let g = generate(seed: UInt64(seed))
        // The generated base shares ids with both sides: a third copy that overlaps.
        let third = g.base
        let empty = document([])
        let left = merge(empty, merge(empty, g.ours, g.theirs), third)
        let right = merge(empty, g.ours, merge(empty, g.theirs, third))
        #expect(left.encoded() == right.encoded())
    }
}
