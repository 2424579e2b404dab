import Foundation
import Testing
import ParleyTestSupport

@testable import ParleyUI

// The fixtures come from Python's wcwidth package: Scripts/generate-width-tables.py writes them
// together with Sources/ParleyUI/Text/WidthTables.swift.

@Suite("DisplayWidth")
struct DisplayWidthTests {
    // MARK: Readable examples

    @Test(arguments: [
        ("coöperatie", 10),
        ("coo\u{308}peratie", 10),
        ("中文", 4),
        ("👍", 2),
        ("👍🏽", 2),
        ("👨‍👩‍👧", 2),
        ("e\u{301}", 1),
        ("🇳🇱", 2),
        ("#\u{FE0F}\u{20E3}", 2),
        ("\u{2764}", 1),
        ("\u{2764}\u{FE0F}", 2),
        ("\u{263A}\u{FE0E}", 1),
        ("\u{1100}\u{1161}\u{11A8}", 2),
        ("\u{915}\u{94D}\u{937}", 2),
        ("\u{915}\u{93E}", 2),
        ("“Richt je op regie”", 19),
        ("ＡＢＣ", 6),
        ("", 0),
    ])
    func stringExamples(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test(arguments: [
        (Unicode.Scalar(0x41)!, 1),  // A
        (Unicode.Scalar(0x00)!, 0),  // NUL: zero width in wcwidth, not -1
        (Unicode.Scalar(0x1B)!, -1),  // ESC
        (Unicode.Scalar(0x7F)!, -1),  // DEL
        (Unicode.Scalar(0x9B)!, -1),  // C1 CSI
        (Unicode.Scalar(0xEB)!, 1),  // ë
        (Unicode.Scalar(0xAD)!, 1),  // soft hyphen
        (Unicode.Scalar(0x301)!, 0),  // combining acute
        (Unicode.Scalar(0x200B)!, 0),  // zero width space
        (Unicode.Scalar(0x200D)!, 0),  // ZWJ
        (Unicode.Scalar(0x4E2D)!, 2),  // 中
        (Unicode.Scalar(0x3000)!, 2),  // ideographic space
        (Unicode.Scalar(0xFF76)!, 1),  // halfwidth katakana
        (Unicode.Scalar(0x1F44D)!, 2),  // 👍
        (Unicode.Scalar(0x2764)!, 1),  // ❤ text presentation
        (Unicode.Scalar(0x1F1F3)!, 2),  // regional indicator N
        (Unicode.Scalar(0x20000)!, 2),  // CJK extension B
        (Unicode.Scalar(0xE0001)!, 0),  // language tag
        (Unicode.Scalar(0x10FFFF)!, 1),  // last code point
    ])
    func scalarExamples(scalar: Unicode.Scalar, columns: Int) {
        #expect(DisplayWidth.of(scalar) == columns)
    }

    @Test func characterExamples() {
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)  // a control counts 0 in a cluster
        #expect(DisplayWidth.of(Character("\r\n")) == 0)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧‍👦")) == 2)
        #expect(DisplayWidth.of(Character("🏳️‍🌈")) == 2)
        #expect(DisplayWidth.of(Character("1\u{20E3}")) == 1)  // keycap without VS16 stays narrow
    }

    /// Where the sum over clusters and wcwidth.wcswidth() of the whole string differ, on purpose.
    @Test func documentedDivergencesFromWholeStringWcswidth() {
        // wcswidth skips the character after a ZWJ even when it starts the next cluster: 1.
        // The terminal draws the `a`, and a cell grid has a cell for it.
        #expect(DisplayWidth.of("x\u{200D}a") == 2)
        // wcswidth gives -1 for any control; clusters of controls count 0 here.
        #expect(DisplayWidth.of("a\tb") == 2)
        #expect(DisplayWidth.of("\u{1B}[31mred") == 7)
        // ZERO WIDTH SPACE is a cluster of its own, so the skin tone after it cannot attach to
        // the thumb in front: wcswidth says 2, the clusters 👍 | ZWSP | 🏽 are 2 + 0 + 2.
        #expect(DisplayWidth.of("👍\u{200B}🏽") == 4)
        // The VS16 after a ZWSP likewise has no base in its own cluster: wcswidth 2, here 1.
        #expect(DisplayWidth.of("\u{263A}\u{200B}\u{FE0F}") == 1)
    }

    @Test func substringsAndOtherStringProtocolTypes() {
        let line = "Leuk! 👍🏻 Echt ❤️ e\u{301}n 中文"
        let width = DisplayWidth.of(line)
        #expect(width == 24)
        let inner = ("«" + line + "»").dropFirst().dropLast()
        #expect(inner.startIndex != inner.base.startIndex)
        #expect(DisplayWidth.of(inner) == width)
        #expect(DisplayWidth.of(line[...]) == width)
    }

    // MARK: Every code point of the fixture blocks

    @Test func everyCodePointMatchesPythonWcwidth() throws {
        let text = try fixture("wcwidth-codepoints")
        var blockEnd: UInt32?
        var next: UInt32 = 0
        var blocks = 0
        var checked = 0
        var widthsSeen: Set<Int> = []
        var mismatches: [String] = []

        for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", maxSplits: 3)
            if fields.first == "block" {
                #expect(blockEnd == nil || next == blockEnd! + 1, "line \(number + 1): previous block not tiled")
                let start = try #require(UInt32(fields[1], radix: 16))
                let end = try #require(UInt32(fields[2], radix: 16))
                blockEnd = end
                next = start
                blocks += 1
                continue
            }
            try #require(fields.count == 3, "line \(number + 1): \(line)")
            let start = try #require(UInt32(fields[0], radix: 16))
            let end = try #require(UInt32(fields[1], radix: 16))
            let width = try #require(Int(fields[2]))
            try #require(start == next && end >= start && end <= blockEnd!, "line \(number + 1): run out of place")
            next = end + 1
            widthsSeen.insert(width)
            for value in start...end {
                let scalar = try #require(Unicode.Scalar(value))
                let got = DisplayWidth.of(scalar)
                if got != width {
                    mismatches.append(String(format: "U+%04X: %d, wcwidth %d", value, got, width))
                }
                checked += 1
            }
        }
        #expect(blockEnd != nil && next == blockEnd! + 1, "last block not tiled")
        #expect(blocks >= 35)
        #expect(checked > 40_000)
        #expect(widthsSeen == [-1, 0, 1, 2])
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(20))")
    }

    // MARK: Strings measured by Python

    @Test func everyStringMatchesTheFixture() throws {
        let rows = try stringRows()
        #expect(rows.count >= 300)
        var mismatches: [String] = []
        for row in rows {
            let got = DisplayWidth.of(row.text)
            if got != row.clusters {
                mismatches.append("line \(row.line) \(row.escaped): \(got), expected \(row.clusters) (\(row.note))")
            }
            // Cluster by cluster, and as a substring at an offset, the result is the same.
            let byCluster = row.text.reduce(0) { $0 + DisplayWidth.of($1) }
            let inner = Substring(("x" + row.text + "y").unicodeScalars.dropFirst().dropLast())
            if byCluster != got || DisplayWidth.of(inner) != got {
                mismatches.append("line \(row.line) \(row.escaped): sum over Characters \(byCluster)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }

    /// The per-cluster sum is Python's `wcswidth()` of the whole string, except for the lines the
    /// fixture marks `diverges:`, each with its reason (see the comment on `DisplayWidth`):
    /// a control (wcswidth -1), a ZWJ ending a cluster (wcswidth skips the next character),
    /// a cluster starting with a zero-width character that wcswidth applies to an earlier
    /// base, or a virama and consonant in two clusters that wcswidth joins.
    @Test func fixtureAgreesWithWholeStringWcswidthExceptWhereMarked() throws {
        let rows = try stringRows()
        let reasons = [
            "diverges: has a control",
            "diverges: a cluster ends in ZWJ",
            "diverges: a cluster starts with a zero-width character",
            "diverges: a cluster ends in a virama",
        ]
        var agreeing = 0
        for row in rows {
            if row.wcswidth == row.clusters {
                #expect(!row.note.hasPrefix("diverges:"), "line \(row.line)")
                agreeing += 1
            } else {
                #expect(reasons.contains { row.note.hasPrefix($0) }, "line \(row.line): \(row.note)")
            }
        }
        #expect(agreeing > rows.count * 3 / 4)
    }

    // MARK: The fast path agrees with cluster-by-cluster measuring

    @Test func randomStringsMeasureAsTheSumOfTheirCharacters() {
        let alphabet: [String] = [
            "a", "Z", " ", "~", "ë", "“", "”", "—", "中", "。", "\u{301}", "\u{308}", "\u{200D}",
            "\u{FE0F}", "\u{FE0E}", "👍", "\u{1F3FD}", "\u{1F1F3}", "\u{1F1F1}", "\u{2764}", "#",
            "\u{20E3}", "\u{915}", "\u{94D}", "\u{937}", "\u{93E}", "\u{1100}", "\u{1161}", "\u{11A8}",
            "가", "\u{200B}", "\u{AD}", "\u{600}", "\t", "\u{1B}", "\r", "\n", "\u{9B}", "\u{E33}",
            "\u{E01}", "\u{A960}", "\u{D7B0}", "\u{1F3F3}", "\u{2620}", "\u{E0067}", "\u{E007F}", "ab",
        ]
        var random = SplitMix64(seed: 0x5EED)
        var failures: [String] = []
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int(random.next() % 24) {
                text += alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            let byCluster = text.reduce(0) { $0 + DisplayWidth.of($1) }
            // Also as a substring cut at scalar (not cluster) boundaries of a longer string.
            let inner = Substring(("ab" + text + "c").unicodeScalars.dropFirst(2).dropLast())
            let innerByCluster = inner.reduce(0) { $0 + DisplayWidth.of($1) }
            if DisplayWidth.of(text) != byCluster || DisplayWidth.of(inner) != innerByCluster {
                failures.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(failures.isEmpty, "\(failures.count) strings, e.g. \(failures.prefix(5))")
    }

    @Test func longTextUsesTheFastPathCorrectly() {
        let paragraph = "De gemeente is “regisseur”, zegt hij, én coöperatie — 中文 👍🏽 e\u{301}. "
        let text = String(repeating: paragraph, count: 2000)
        #expect(DisplayWidth.of(text) == DisplayWidth.of(paragraph) * 2000)
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    }

    // MARK: Helpers

    struct Row {
        var line: Int
        var wcswidth: Int
        var clusters: Int
        var escaped: Substring
        var text: String
        var note: Substring
    }

    func stringRows() throws -> [Row] {
        let text = try fixture("wcwidth-strings")
        var rows: [Row] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 4, "line \(number + 1)")
            rows.append(
                Row(
                    line: number + 1,
                    wcswidth: try #require(Int(fields[0])),
                    clusters: try #require(Int(fields[1])),
                    escaped: fields[2],
                    text: try unescape(fields[2]),
                    note: fields[3]
                ))
        }
        return rows
    }

    /// Reads `\u{HEX}` escapes; everything else is literal.
    func unescape(_ escaped: Substring) throws -> String {
        var result = String.UnicodeScalarView()
        var rest = escaped.unicodeScalars[...]
        while let first = rest.first {
            if first == "\\" {
                try #require(rest.starts(with: "\\u{".unicodeScalars), "bad escape in \(escaped)")
                let close = try #require(rest.firstIndex(of: "}"))
                let hex = String(rest[rest.index(rest.startIndex, offsetBy: 3)..<close])
                result.append(try #require(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)))
                rest = rest[rest.index(after: close)...]
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return String(result)
    }

    func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }
}
