import Foundation
@testable import ParleyKit
import ParleyTestSupport
import Testing

@Suite("Seen reactions")
struct SeenReactionsTests {
    /// Reaction n, posted n minutes after a fixed time; ids are UUID-shaped.
    static func reaction(_ n: Int, minute: Int? = nil) -> Reaction {
        let id = String(format: "%08x-0000-4000-8000-%012x", n &* 2_654_435_761 & 0xffff_ffff, n)
        let posted = ReactionTime(date: Date(timeIntervalSince1970: 1_795_957_500 + Double((minute ?? n) * 60)))
        return Reaction(id: id, author: "Lezer \(n)", posted: posted, text: "Reactie \(n)", replyTo: nil)
    }

    static func reactions(_ range: Range<Int>) -> [Reaction] { range.map { reaction($0) } }

    static func newIDs(_ seen: SeenReactions, _ reactions: [Reaction]) -> Set<String> {
        Set(reactions.map(\.id)).subtracting(seen.seenIDs(of: reactions))
    }

    @Test("what was seen stays seen; what comes later is new")
    func laterIsNew() {
        let before = Self.reactions(0..<50)
        let seen = SeenReactions(seen: Set(before.map(\.id)), of: before)
        #expect(Self.newIDs(seen, before).isEmpty)
        let after = before + [Self.reaction(50), Self.reaction(51)]
        #expect(Self.newIDs(seen, after) == [Self.reaction(50).id, Self.reaction(51).id])
    }

    @Test("a reaction that arrives later by sync with an older posted time is new")
    func lateArrivalIsNew() {
        let before = Self.reactions(0..<200)
        let seen = SeenReactions(seen: Set(before.map(\.id)), of: before)
        let late = Self.reaction(1_000, minute: 10)
        #expect(Self.newIDs(seen, before + [late]) == [late.id])
        // Several at once, in their posted places: each of them is new, and
        // whatever cannot be told apart is new too, never missed.
        let lates = (1_001...1_005).map { Self.reaction($0, minute: $0 - 1_000) }
        let found = Self.newIDs(seen, (before + lates).shuffled())
        #expect(found.isSuperset(of: Set(lates.map(\.id))))
    }

    @Test("reactions not on screen stay new, whichever were seen")
    func partlySeen() {
        let all = Self.reactions(0..<40)
        let seenIDs = Set(all[0..<10].map(\.id)).union([all[20].id, all[35].id])
        let seen = SeenReactions(seen: seenIDs, of: all)
        #expect(Self.newIDs(seen, all) == Set(all.map(\.id)).subtracting(seenIDs))
    }

    @Test("past the exceptions it keeps, a seen reaction may count as new again, an unseen one never as seen")
    func boundedExceptions() {
        let all = Self.reactions(0..<1_000)
        // Every other one seen: far more exceptions than are kept.
        let seenIDs = Set(all.enumerated().filter { $0.offset % 2 == 0 }.map(\.element.id))
        let seen = SeenReactions(seen: seenIDs, of: all)
        let new = Self.newIDs(seen, all)
        #expect(new.isSuperset(of: Set(all.map(\.id)).subtracting(seenIDs)))
        #expect(seen.unseen.count <= SeenReactions.maximumExceptions)
        #expect(seen.alsoSeen.count <= SeenReactions.maximumExceptions)
    }

    @Test("nothing seen: everything is new")
    func nothingSeen() {
        let all = Self.reactions(0..<5)
        #expect(Self.newIDs(SeenReactions(), all) == Set(all.map(\.id)))
        #expect(Self.newIDs(SeenReactions(seen: [], of: all), all) == Set(all.map(\.id)))
    }
}
