import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// The store's two promises, tested with real processes of the built binary on
/// a copy of the library: concurrent writers never lose each other's reaction,
/// and a writer killed at any moment never costs a reaction it reported saved.
@Suite("The reactions file under concurrent and killed writers", .serialized)
struct ReactionStoreStressTests {
    static let slug = "thissen-richt-je-op-regie"
    static let originalID = "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14"

    private func document(in library: URL) throws -> ReactionsDocument {
        let file = library.appendingPathComponent("\(Self.slug).reactions.json")
        return try ReactionsDocument.decode(bytes: Array(Data(contentsOf: file)), file: file.path)
    }

    @Test("8 processes each adding 50 reactions at once: all 400 and the original, each exactly once")
    func concurrentWriters() throws {
        // In memory: what is tested here is locking, renaming and being killed,
        // which a memory file system does exactly as a disk; only its fsync is free.
        let library = try TestSupport.copyOfLibrary(in: TestSupport.memoryDirectory)
        let state = try TestSupport.makeTemporaryFolder("parley-state", in: TestSupport.memoryDirectory)
        defer {
            TestSupport.removeTemporaryFolder(library)
            TestSupport.removeTemporaryFolder(state)
        }
        let workers = 8, adds = 50
        // Each worker is one shell process adding its 50 one after another with the built parley.
        let script = """
            i=1
            while [ $i -le \(adds) ]; do
              "$0" react "$1" --name "worker $2" --text "worker $2 reaction $i" || exit 1
              i=$((i + 1))
            done
            """
        let environment = ["PARLEY_LIBRARY": library.path, "XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "LANG": "C.UTF-8"]
        let children = try (1...workers).map { worker in
            try ChildProcess("/bin/sh", ["-c", script, TestSupport.parleyBinary.path, Self.slug, String(worker)], environment: environment)
        }
        let endings = children.map { $0.wait() }
        #expect(endings.map(\.status) == Array(repeating: 0, count: workers))
        let printed = endings.flatMap { $0.stdout.split(separator: "\n").map(String.init) }
        #expect(printed.count == workers * adds)

        let document = try document(in: library)
        #expect(document.reactions.count == workers * adds + 1)
        #expect(document.reactions.first?.id == Self.originalID)
        #expect(Set(document.reactions.map(\.id)).count == document.reactions.count)
        #expect(Set(printed).isSubset(of: Set(document.reactions.map(\.id))))
        let texts = document.reactions.dropFirst().map(\.text).sorted()
        let expected = (1...workers).flatMap { worker in (1...adds).map { "worker \(worker) reaction \($0)" } }.sorted()
        #expect(texts == expected)
        // Each worker's reactions are in the order it added them.
        for worker in 1...workers {
            let own = document.reactions.filter { $0.author == "worker \(worker)" }.map(\.text)
            #expect(own == (1...adds).map { "worker \(worker) reaction \($0)" })
        }
    }

    @Test("100 adds killed with SIGKILL at random moments and mid-write: the file always parses and keeps every reported reaction")
    func killedWriters() throws {
        // On disk, not in memory: here the time fsync takes is the point, as it
        // is the widest window in which a writer can be killed half-way.
        let library = try TestSupport.copyOfLibrary()
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer {
            TestSupport.removeTemporaryFolder(library)
            TestSupport.removeTemporaryFolder(state)
        }
        let environment = ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path]
        let temporaryPrefix = ".\(Self.slug).reactions.json."
        var saved: [String] = [Self.originalID]
        var killed = 0
        var killedMidWrite = 0
        // Odd rounds kill at a moment drawn from [0, window]; the window adapts
        // so that about half of those adds finish and half are cut off, whatever
        // the speed of the machine. Even rounds kill as soon as the writer's
        // temporary file appears: between creating it and renaming it.
        var window: UInt32 = 20_000  // microseconds
        for round in 1...100 {
            let child = try ChildProcess(parley: ["react", Self.slug, "--name", "round \(round)", "--text", "Reactie \(round)"],
                                         library: library, environment: environment)
            if round.isMultiple(of: 2) {
                let own = temporaryPrefix + "\(child.pid)-"
                var polls = 0
                while !child.hasEnded && polls < 50_000 {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: library.path)) ?? []
                    if names.contains(where: { $0.hasPrefix(own) }) { break }
                    usleep(100)
                    polls += 1
                }
            } else {
                usleep(UInt32.random(in: 0...window))
            }
            child.signal(SIGKILL)
            let ending = child.wait()
            if try FileManager.default.contentsOfDirectory(atPath: library.path).contains(where: { $0.hasPrefix(temporaryPrefix + "\(child.pid)-") }) {
                killedMidWrite += 1
            }
            if ending.succeeded {
                let id = ending.stdout.trimmingCharacters(in: .newlines)
                #expect(ending.stdout == id + "\n")
                saved.append(id)
                if !round.isMultiple(of: 2) { window = max(1_000, window * 9 / 10) }
            } else {
                #expect(ending.signal == SIGKILL)
                killed += 1
                if !round.isMultiple(of: 2) { window = min(500_000, window * 11 / 10) }
            }
            let document = try document(in: library)
            let ids = Set(document.reactions.map(\.id))
            let lost = saved.filter { !ids.contains($0) }
            #expect(lost.isEmpty, "round \(round): reported saved but not in the file: \(lost)")
        }
        #expect(saved.count > 1, "no add finished: the test proved nothing about saved reactions")
        #expect(killed > 0, "no add was killed: the test proved nothing about crashes")
        // On a disk, fsync keeps the temporary file there for milliseconds: some
        // kills must have landed between its creation and the rename. (In
        // memory that window is microseconds, too short to count on.)
        if !TestSupport.isOnMemoryFileSystem(library) {
            #expect(killedMidWrite > 0, "no add was killed half-way through writing")
        }

        // The next add clears what killed writers left behind.
        let last = try TestSupport.parley(["react", Self.slug, "--text", "Na de storm."], library: library, environment: environment)
        #expect(last.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: library.path).sorted()
        #expect(names == [".thissen-richt-je-op-regie.reactions.lock", "thissen-richt-je-op-regie.md", "thissen-richt-je-op-regie.reactions.json"])
        let final = try document(in: library)
        #expect(Set(saved).isSubset(of: Set(final.reactions.map(\.id))))
    }
}
