import Foundation
@testable import ParleyKit
import ParleyTestSupport
import Testing

/// The direct reader of state files (`StateFileReader`) against the JSON
/// tree's decoder: whatever it reads, it reads as the tree does, and every
/// file it does not take is the tree's, with the tree's error.
@Suite("State file reader")
struct StateFileReaderTests {
    static let time = ReactionTime(date: Date(timeIntervalSince1970: 1_795_957_500))

    /// What `decode` gives, as a value.
    static func decoded(_ bytes: [UInt8]) -> Result<LibraryReadingState, ReadingStateError> {
        do throws(ReadingStateError) {
            return .success(try LibraryReadingState.decode(bytes: bytes, file: "state.json"))
        } catch {
            return .failure(error)
        }
    }

    /// What the tree alone gives, as a value.
    static func tree(_ bytes: [UInt8]) -> Result<LibraryReadingState, ReadingStateError> {
        do throws(ReadingStateError) {
            return .success(try LibraryReadingState.decodeTree(bytes: bytes, file: "state.json"))
        } catch {
            return .failure(error)
        }
    }

    static var states: [LibraryReadingState] {
        let reactions = SeenReactionsTests.reactions(0..<40)
        let scattered = SeenReactions(seen: Set(reactions.enumerated().filter { $0.offset % 2 == 1 }.map(\.element.id)), of: reactions)
        let firstHalf = SeenReactions(seen: Set(reactions[0..<20].map(\.id)), of: reactions)
        let undated = [Reaction(id: "zonder-datum", author: nil, posted: nil, text: "x", replyTo: nil)]
        let noTimeMark = SeenReactions(seen: ["zonder-datum"], of: undated)
        let onlyLater = SeenReactions(seen: Set(reactions[30..<32].map(\.id)), of: reactions)
        var full = LibraryReadingState(library: "/srv/interviews met ë", lastName: "Zoë de Vries")
        full.articles["een"] = ArticleReadingState(opened: time, position: SavedPosition(block: 41, offset: 120, fingerprint: 0xdead_beef), seen: firstHalf, changed: time)
        full.articles["twee"] = ArticleReadingState(opened: time, seen: scattered, changed: time)
        full.articles["drie"] = ArticleReadingState(seen: noTimeMark, changed: time)
        full.articles["vier-ë"] = ArticleReadingState(position: SavedPosition(block: 0, offset: 0, fingerprint: .max), seen: onlyLater, changed: time)
        full.articles["vijf"] = ArticleReadingState(changed: ReactionTime(date: Date(timeIntervalSince1970: 0)))
        return [LibraryReadingState(library: ""), LibraryReadingState(library: "/x", lastName: "Anna"), full]
    }

    @Test("what parley writes is read directly, to the state that was written and the tree reads")
    func roundTrips() throws {
        for state in Self.states {
            let bytes = state.encoded()
            let direct = try #require(StateFileReader.read(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            #expect(direct == state)
            #expect(Self.tree(bytes) == .success(state))
        }
    }

    @Test("the same file pretty-printed is still read directly, to the same state")
    func whitespace() throws {
        let state = Self.states[2]
        let root = try JSONParser.parse(state.encoded())
        let pretty = Array(JSONWriter.pretty(root).utf8)
        #expect(StateFileReader.read(pretty) == state)
        #expect(Self.tree(pretty) == .success(state))
    }

    /// Broken or unusual files: (file, the error `decode` gives; nil when it reads).
    static let files: [(String, ReadingStateError?)] = {
        func unreadable(_ line: Int, _ problem: ReadingStateProblem) -> ReadingStateError {
            .unreadable(file: "state.json", line: line, problem: problem)
        }
        let seen = "\"mark\":null,\"counts\":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],\"xors\":\"\(String(repeating: "0", count: 256))\",\"unseen\":\"\",\"also\":"
        return [
            (#"{"version": 1, "articles": {"x": "#, nil),
            ("[1, 2, 3]", unreadable(1, .notAnObject(.file, found: .array))),
            (#"{"version": 1, "articles": {"x": {"changed": "yesterday"}}}"#, unreadable(1, .noChangedTime(slug: "x"))),
            ("\u{0}\u{1}binary", nil),
            ("", nil),
            (#"{"library":"/x"}"#, unreadable(1, .noVersion)),
            (#"{"version":1.0}"#, unreadable(1, .noVersion)),
            (#"{"version":0}"#, unreadable(1, .unknownVersion(0))),
            (#"{"version":2}"#, .newerVersion(file: "state.json", version: 2)),
            (#"{"version":1,"name":3}"#, unreadable(1, .nameNotAString(found: .number))),
            (#"{"version":1,"articles":[]}"#, unreadable(1, .notAnObject(.articles, found: .array))),
            (#"{"version":1,"articles":{".verborgen":{"changed":1}}}"#, unreadable(1, .invalidArticleName(".verborgen"))),
            (#"{"version":1,"articles":{"x":[]}}"#, unreadable(1, .notAnObject(.article(slug: "x"), found: .array))),
            (#"{"version":1,"articles":{"x":{}}}"#, unreadable(1, .noChangedTime(slug: "x"))),
            (#"{"version":1,"articles":{"x":{"changed":-1}}}"#, unreadable(1, .noChangedTime(slug: "x"))),
            (#"{"version":1,"articles":{"x":{"changed":1,"opened":"gisteren"}}}"#, unreadable(1, .openedNotATime(slug: "x"))),
            (#"{"version":1,"articles":{"x":{"changed":1,"position":[1,2]}}}"#, unreadable(1, .positionDamaged(slug: "x"))),
            (#"{"version":1,"articles":{"x":{"changed":1,"position":[1,2,4294967296]}}}"#, unreadable(1, .positionDamaged(slug: "x"))),
            (#"{"version":1,"articles":{"x":{"changed":1,"position":[-1,2,3]}}}"#, unreadable(1, .positionDamaged(slug: "x"))),
            (#"{"version":1,"articles":{"x":{"changed":1,"seen":[]}}}"#, unreadable(1, .notAnObject(.seen(slug: "x"), found: .array))),
            (#"{"version":1,"articles":{"x":{"changed":1,"seen":{}}}}"#, unreadable(1, .seenDamaged(slug: "x"))),
            ("{\"version\":1,\"articles\":{\"x\":{\"changed\":1,\"seen\":{\(seen)\"\"}}}}", nil),
            ("{\"version\":1,\"articles\":{\"x\":{\"changed\":1,\"seen\":{\(seen)\"0\"}}}}", unreadable(1, .seenDamaged(slug: "x"))),
            ("{\"version\":1,\"articles\":{\"x\":{\"changed\":1,\"seen\":{\(seen)\"\(String(repeating: "g", count: 16))\"}}}}", unreadable(1, .seenDamaged(slug: "x"))),
            ("{\"version\":1,\"articles\":{\"x\":{\"changed\":1,\"seen\":{\(seen)\"\(String(repeating: "0", count: 16 * 9))\"}}}}", unreadable(1, .seenDamaged(slug: "x"))),
            ("{\"version\":1,\"articles\":{\"x\":{\"changed\":1,\"seen\":{\(seen)\"\"}}}}".replacingOccurrences(of: "\"mark\":null", with: "\"mark\":[\"gisteren\",\"a\"]"), unreadable(1, .seenDamaged(slug: "x"))),
            ("{\"version\":1,\"articles\":{\"x\":{\"changed\":1,\"seen\":{\(seen)\"\"}}}}".replacingOccurrences(of: "\"mark\":null", with: "\"mark\":[null]"), unreadable(1, .seenDamaged(slug: "x"))),
            ("{\"version\":1,\n\"articles\":{\n\"x\":{\"changed\":1},\n\"y\":\n{\"changed\":\"nu\"}}}", unreadable(5, .noChangedTime(slug: "y"))),
            // Read by the tree only, without an error: an unknown member, a
            // duplicate, an escape, a byte order mark, a quirk of the tree's
            // decoder (a position with a string among its numbers).
            (#"{"version":1,"later":true,"articles":{"x":{"changed":1}}}"#, nil),
            (#"{"version":1,"articles":{"x":{"changed":1}},"articles":{}}"#, nil),
            (#"{"version":1,"articles":{"x":{"changed":1},"x":{"changed":2}}}"#, nil),
            (#"{"version":1,"library":"/srv/\u00eb","articles":{}}"#, nil),
            ("\u{FEFF}{\"version\":1}", nil),
            (#"{"version":1,"articles":{"x":{"changed":1,"position":[1,"twee",2,3]}}}"#, nil),
        ]
    }()

    @Test("a broken or unusual file gets the tree's decoder and its error (or state), line for line")
    func brokenFiles() throws {
        for (text, expected) in Self.files {
            let bytes = Array(text.utf8)
            let result = Self.decoded(bytes)
            #expect(result == Self.tree(bytes), "\(text)")
            if let expected {
                #expect(result == .failure(expected), "\(text)")
                #expect(StateFileReader.read(bytes) == nil, "\(text)")
            } else if case .success(let state) = result, let direct = StateFileReader.read(bytes) {
                #expect(direct == state, "\(text)")
            }
        }
        // The cases with no error listed are syntax errors: the tree's, as before.
        for text in [#"{"version": 1, "articles": {"x": "#, "\u{0}\u{1}binary", ""] {
            guard case .failure(.unreadable(_, _, .syntax)) = Self.decoded(Array(text.utf8)) else {
                Issue.record("expected a syntax error for \(text)")
                continue
            }
        }
    }

    @Test("every file one byte away from a written one decodes as the tree decodes it")
    func oneByteAway() throws {
        // Two articles (a mark with a time, a position, exceptions): the
        // others' bytes are more of the same, and each variant costs a tree.
        var state = Self.states[2]
        state.articles["twee"] = nil
        state.articles["drie"] = nil
        let bytes = state.encoded()
        let replacements: [UInt8] = Array("0 -.\"\\,{}[]n".utf8) + [0x00, 0xC3]
        var directlyRead = 0
        for position in bytes.indices {
            var variants: [[UInt8]] = [Array(bytes[..<position] + bytes[(position + 1)...])]
            for byte in replacements where byte != bytes[position] {
                var changed = bytes
                changed[position] = byte
                variants.append(changed)
                variants.append(Array(bytes[..<position] + [byte] + bytes[position...]))
            }
            for variant in variants {
                let tree = Self.tree(variant)
                #expect(Self.decoded(variant) == tree)
                if let direct = StateFileReader.read(variant) {
                    directlyRead += 1
                    #expect(tree == .success(direct))
                }
            }
        }
        // Not a test that cannot fail: many of the variants are still read directly.
        #expect(directlyRead > 100)
    }

    @Test("eight hex digits at a time read as one at a time would: every byte value at every place")
    func hexWords() {
        func reference(_ digits: [UInt8]) -> UInt32? {
            var value: UInt32 = 0
            for byte in digits {
                guard let digit = UInt8(String(UnicodeScalar(byte)), radix: 16) else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        func loaded(_ digits: [UInt8]) -> UInt64 {
            digits.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        }
        var random = SplitMix64(seed: 15)
        let hex = Array("0123456789abcdefABCDEF".utf8)
        var accepted = 0
        for place in 0 ..< 8 {
            for value in 0 ... 255 {
                var digits = (0 ..< 8).map { _ in hex[Int(random.next() % UInt64(hex.count))] }
                digits[place] = UInt8(value)
                let expected = reference(digits)
                #expect(StateFileReader.hexWord(loaded(digits)) == expected, "\(digits) at \(place)")
                if expected != nil { accepted += 1 }
            }
        }
        // 22 of the 256 values are hex digits, at each of the 8 places.
        #expect(accepted == 22 * 8)
        #expect(StateFileReader.hexWord(loaded(Array("0123abCD".utf8))) == 0x0123_ABCD)
        #expect(StateFileReader.hexWord(loaded(Array("ffffffff".utf8))) == .max)
    }
}
