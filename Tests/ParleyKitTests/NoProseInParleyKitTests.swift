import Foundation
import Testing

/// ParleyKit says what went wrong as values; the words a person reads are in
/// ParleyUI's `Catalogue`, in every language (docs/architecture.md,
/// "Messages"). This test reads ParleyKit's sources and fails when a string
/// literal that reads like words for people (two or more words of letters)
/// appears outside a comment, or when a type there gets a
/// `CustomStringConvertible` description (the way English used to reach
/// users: `"\(error)"`, `error.description`).
///
/// What may stay is named below with the reason: text parley matches in the
/// input rather than says, and the names of things that are names in every
/// language.
@Suite("ParleyKit holds no prose for people")
struct NoProseInParleyKitTests {
    /// File name: why its literals are not words said to the user.
    static let allowedFiles: [String: String] = [
        "PageChrome.swift": "phrases matched in an imported web page (\"about the author\"), not said",
        "ArticleSlug.swift": "Unicode character name prefixes used to fold letters for slugs",
        "ReactionInput.swift": "Unicode names of control characters (LINE FEED), the same in every language",
    ]

    /// File name: why its type may describe itself.
    static let allowedDescriptions: [String: String] = [
        "ReactionTime.swift": "an ISO 8601 time, a data format",
        "PublishedDate.swift": "a YYYY-MM-DD date, a data format",
    ]

    static var sources: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ParleyKit")
    }

    static func swiftFiles() throws -> [URL] {
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    /// The code of a line: what comes before a `//` that is not inside a string.
    static func code(of line: Substring) -> Substring {
        var inString = false
        var escaped = false
        var previous: Character?
        for index in line.indices {
            let character = line[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "/" && previous == "/" {
                return line[..<line.index(before: index)]
            }
            previous = character
        }
        return line
    }

    /// The string literals of a line of code, each interpolation as an `X`.
    static func literals(in code: Substring) -> [String] {
        var found: [String] = []
        var current: String?
        var escaped = false
        var depth = 0
        for character in code {
            guard var text = current else {
                if character == "\"" { current = "" }
                continue
            }
            if depth > 0 {
                if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                if depth == 0 { text.append("X") }
            } else if escaped {
                escaped = false
                if character == "(" { depth = 1 } else { text.append(character) }
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                found.append(text)
                current = nil
                continue
            } else {
                text.append(character)
            }
            current = text
        }
        return found
    }

    /// Two or more words of letters with a space between: words for a person.
    static func readsLikeProse(_ literal: String) -> Bool {
        let words = literal.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }
        return words.count >= 2 && literal.contains(" ")
    }

    @Test("the detector finds words and passes code")
    func detector() {
        #expect(Self.readsLikeProse("no such article"))
        #expect(Self.readsLikeProse("cannot read: \\(reason)"))
        #expect(!Self.readsLikeProse("---"))
        #expect(!Self.readsLikeProse("version"))
        #expect(!Self.readsLikeProse(".reactions.json"))
        #expect(Self.literals(in: #"throw fail("unknown version \(version)") // "not this""#[...]) == ["unknown version X", "not this"])
        #expect(Self.code(of: #"let a = "b // c" // d"#[...]) == #"let a = "b // c" "#)
        #expect(Self.literals(in: #"x("a \(f("b c")) d")"#[...]) == ["a X d"])
    }

    @Test("no string literal in ParleyKit reads like a sentence for people")
    func noProse() throws {
        var found: [String] = []
        for file in try Self.swiftFiles() where Self.allowedFiles[file.lastPathComponent] == nil {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for literal in Self.literals(in: Self.code(of: line)) where Self.readsLikeProse(literal) {
                    found.append("\(file.lastPathComponent):\(number + 1): \"\(literal)\"")
                }
            }
        }
        #expect(found == [], "words for people belong in ParleyUI's Catalogue, as a case of a typed error: \(found)")
    }

    @Test("no ParleyKit type describes itself in words, except data formats")
    func noDescriptions() throws {
        var found: [String] = []
        for file in try Self.swiftFiles() where Self.allowedDescriptions[file.lastPathComponent] == nil {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where Self.code(of: line).contains("CustomStringConvertible") || Self.code(of: line).contains("var description: String") {
                found.append("\(file.lastPathComponent):\(number + 1)")
            }
        }
        #expect(found == [])
    }
}
