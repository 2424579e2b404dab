import FoundationEssentials
import ParleyKit
import Synchronization

/// Carries out the reading state's effects: stamps the time and writes
/// what changed (`ReadingStateSession`). With `PARLEY_STATE=off` there is
/// none, and nothing is written.
final class ReadingStateEffects: Sendable {
    private let session: Mutex<ReadingStateSession>

    init(_ session: ReadingStateSession) {
        self.session = Mutex(session)
    }

    func keep(_ change: ReadingStateChange, existing: Set<String>?) -> [Event] {
        session.withLock { session in
            let now = Date()
            session.opened(change.slug, now: now)
            session.left(change.slug, at: change.position, seen: change.seen, of: change.reactions, now: now)
            return Self.save(&session, existing: existing)
        }
    }

    func rememberName(_ name: String?) -> [Event] {
        session.withLock { session in
            session.rememberName(name)
            return Self.save(&session, existing: nil)
        }
    }

    private static func save(_ session: inout ReadingStateSession, existing: Set<String>?) -> [Event] {
        do throws(ReadingStateError) {
            return try session.save(existing: existing).map { [.readingStateNotice($0)] } ?? []
        } catch {
            return [.readingStateNotSaved(error)]
        }
    }
}
