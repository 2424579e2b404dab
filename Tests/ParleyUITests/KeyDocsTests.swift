import Foundation
import ParleyTestSupport
import ParleyUI
import Testing

/// docs/keys.md's key tables are the key table: each mode's table sits
/// between `<!-- generated: keys MODE -->` and `<!-- end generated -->`
/// and must equal `KeyDocs.markdown(MODE)` byte for byte. After changing a
/// key, `PARLEY_UPDATE_DOCS=1 swift test --filter KeyDocsTests` rewrites them.
@Suite("docs/keys.md")
struct KeyDocsTests {
    static let file = TestSupport.repositoryRoot.appendingPathComponent("docs/keys.md")
    static let modes = KeyMode.allCases.filter { $0 != .help }

    static func start(_ mode: KeyMode) -> String { "<!-- generated: keys \(mode.rawValue) -->\n" }
    static let end = "<!-- end generated -->"

    /// The text between the markers of `mode`; nil when the markers are missing.
    static func region(_ mode: KeyMode, in text: String) -> Range<String.Index>? {
        guard let start = text.range(of: start(mode)),
              let end = text.range(of: end, range: start.upperBound ..< text.endIndex) else { return nil }
        return start.upperBound ..< end.lowerBound
    }

    static let updating = ProcessInfo.processInfo.environment["PARLEY_UPDATE_DOCS"] == "1"

    /// Rewrites every table, in one test so that no two write the file at once.
    @Test(.enabled(if: updating)) func updateTheTables() throws {
        var text = try String(contentsOf: Self.file, encoding: .utf8)
        for mode in Self.modes {
            let range = try #require(Self.region(mode, in: text), "docs/keys.md has no generated table for \(mode)")
            text.replaceSubrange(range, with: KeyDocs.markdown(mode))
        }
        try text.write(to: Self.file, atomically: true, encoding: .utf8)
    }

    @Test(.enabled(if: !updating), arguments: modes)
    func tableIsTheKeyTable(_ mode: KeyMode) throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let range = try #require(Self.region(mode, in: text), "docs/keys.md has no generated table for \(mode)")
        let expected = KeyDocs.markdown(mode)
        #expect(String(text[range]) == expected, "docs/keys.md's \(mode) table differs from KeyDocs.markdown(.\(mode)); run PARLEY_UPDATE_DOCS=1 swift test --filter KeyDocsTests")
    }

    @Test func everyModeButHelpHasExactlyOneTable() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        for mode in KeyMode.allCases {
            let count = text.components(separatedBy: Self.start(mode)).count - 1
            #expect(count == (mode == .help ? 0 : 1), "\(mode)")
        }
    }

    /// The generator itself: a rebound key changes the row, in config names.
    @Test func markdownShowsTheTableItIsGiven() throws {
        var config = UserConfigFixture()
        config.add("key.library.open: o Enter")
        let settings = try config.settings()
        let table = KeyDocs.markdown(.library, keys: settings.keys)
        #expect(table.contains("| `o` `Enter` | read the article | `open` |\n"))
        #expect(KeyDocs.markdown(.library).contains("| `Enter` `Right` | read the article | `open` |\n"))
    }
}
