import FoundationEssentials

/// The state file: compact JSON, a few hundred bytes an article.
///
/// ```
/// {"version":1,"library":"/srv/interviews","name":"Anna",
///  "articles":{"some-slug":{"opened":1795957500,"changed":1795957560,
///    "position":[41,120,3735928559],
///    "seen":{"mark":["2026-12-01T10:00:00Z","5f0c…"],"counts":[…16],
///            "xors":"<16 × 16 hex digits>","unseen":"<hex digits>","also":"…"}}}}
/// ```
extension LibraryReadingState {
    func encoded() -> [UInt8] {
        var articleMembers: [(key: String, value: JSONValue)] = []
        for slug in articles.keys.sorted() {
            guard let article = articles[slug] else { continue }
            articleMembers.append((slug, .object(Self.encode(article))))
        }
        let root = JSONObject([
            ("version", JSONValue(Self.currentVersion)),
            ("library", .string(library)),
            ("name", lastName.map(JSONValue.string) ?? .null),
            ("articles", .object(JSONObject(articleMembers))),
        ])
        return Array((JSONWriter.compact(.object(root)) + "\n").utf8)
    }

    private static func encode(_ article: ArticleReadingState) -> JSONObject {
        var members: [(key: String, value: JSONValue)] = []
        // Seconds since 1970: a number costs far less to read back than an ISO date.
        if let opened = article.opened { members.append(("opened", JSONValue(Int(opened.date.timeIntervalSince1970)))) }
        members.append(("changed", JSONValue(Int(article.changed.date.timeIntervalSince1970))))
        if let position = article.position {
            members.append(("position", .array([JSONValue(position.block), JSONValue(position.offset), JSONValue(Int(position.fingerprint))])))
        }
        let seen = article.seen
        if !seen.isEmpty {
            let mark: JSONValue = seen.mark.map { .array([$0.posted.map { .string($0.text) } ?? .null, .string($0.id)]) } ?? .null
            members.append(("seen", .object(JSONObject([
                ("mark", mark),
                ("counts", .array(seen.counts.map(JSONValue.init))),
                ("xors", .string(seen.xors.map { StableHash.hex($0) }.joined())),
                ("unseen", .string(seen.unseen.map { StableHash.hex($0) }.joined())),
                ("also", .string(seen.alsoSeen.map { StableHash.hex($0) }.joined())),
            ]))))
        }
        return JSONObject(members)
    }

    /// Reads a state file: the form parley writes directly
    /// (`StateFileReader`), anything else (a damaged file, one edited by
    /// hand) through the JSON tree, which gives every error.
    static func decode(bytes: [UInt8], file: String) throws(ReadingStateError) -> LibraryReadingState {
        if let state = StateFileReader.read(bytes) { return state }
        return try decodeTree(bytes: bytes, file: file)
    }

    /// The state file read through `JSONParser`'s tree: what `decode` gives
    /// for every file, and the only reader of a file that is not in the form
    /// parley writes.
    static func decodeTree(bytes: [UInt8], file: String) throws(ReadingStateError) -> LibraryReadingState {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .unreadable(file: file, line: error.line, problem: .syntax(error.problem))
        }
        var decoder = Decoder(file: file)
        return try decoder.library(root)
    }

    /// Reads a state file, strictly: a file that is not quite right is moved
    /// aside whole rather than half-trusted.
    private struct Decoder {
        let file: String
        var line = 1

        mutating func library(_ root: JSONValue) throws(ReadingStateError) -> LibraryReadingState {
            let object = try self.object(root, .file)
            guard let version = object["version"]?.intValue else { throw fail(.noVersion) }
            if version > LibraryReadingState.currentVersion { throw .newerVersion(file: file, version: version) }
            guard version == LibraryReadingState.currentVersion else { throw fail(.unknownVersion(version)) }
            var state = LibraryReadingState(library: object["library"]?.stringValue ?? "")
            switch object["name"] {
            case nil, .null?: break
            case .string(let name)?: state.lastName = name
            case let other?: throw fail(.nameNotAString(found: other.kind))
            }
            let articles = try self.object(object["articles"] ?? .object(JSONObject()), .articles)
            for (slug, value) in articles.members {
                guard Library.isValidSlug(slug) else { throw fail(.invalidArticleName(slug)) }
                state.articles[slug] = try article(value, slug)
            }
            return state
        }

        private mutating func article(_ value: JSONValue, _ slug: String) throws(ReadingStateError) -> ArticleReadingState {
            let object = try self.object(value, .article(slug: slug))
            guard let changed = object["changed"].flatMap(time) else {
                throw fail(.noChangedTime(slug: slug))
            }
            var state = ArticleReadingState(changed: changed)
            if let opened = object["opened"] {
                guard let time = time(opened) else { throw fail(.openedNotATime(slug: slug)) }
                state.opened = time
            }
            if let position = object["position"] {
                guard let numbers = position.arrayValue?.compactMap(\.intValue), numbers.count == 3,
                      numbers[0] >= 0, numbers[1] >= 0, let fingerprint = UInt32(exactly: numbers[2]) else {
                    throw fail(.positionDamaged(slug: slug))
                }
                state.position = SavedPosition(block: numbers[0], offset: numbers[1], fingerprint: fingerprint)
            }
            if let seen = object["seen"] {
                state.seen = try self.seen(seen, slug)
            }
            return state
        }

        private mutating func seen(_ value: JSONValue, _ slug: String) throws(ReadingStateError) -> SeenReactions {
            let object = try self.object(value, .seen(slug: slug))
            let problem = ReadingStateProblem.seenDamaged(slug: slug)
            guard let markValue = object["mark"],
                  let counts = object["counts"]?.arrayValue?.compactMap(\.intValue), counts.count == SeenReactions.bucketCount,
                  counts.allSatisfy({ $0 >= 0 }),
                  let xorText = object["xors"]?.stringValue, xorText.utf8.count == 16 * SeenReactions.bucketCount,
                  let unseen = object["unseen"]?.stringValue.flatMap(hashes), unseen.count <= SeenReactions.maximumExceptions,
                  let also = object["also"]?.stringValue.flatMap(hashes), also.count <= SeenReactions.maximumExceptions else {
                throw fail(problem)
            }
            var mark: SeenReactions.Mark?
            if !markValue.isNull {
                guard let parts = markValue.arrayValue, parts.count == 2, let id = parts[1].stringValue else { throw fail(problem) }
                switch parts[0] {
                case .null: mark = SeenReactions.Mark(posted: nil, id: id)
                case .string(let text):
                    guard let time = ReactionTime(iso: text) else { throw fail(problem) }
                    mark = SeenReactions.Mark(posted: time, id: id)
                default: throw fail(problem)
                }
            }
            guard let xors = hashes(xorText) else { throw fail(problem) }
            return SeenReactions(mark: mark, counts: counts, xors: xors, unseen: unseen, alsoSeen: also)
        }

        /// Whole seconds since 1970.
        private func time(_ value: JSONValue) -> ReactionTime? {
            guard let seconds = value.intValue, seconds >= 0 else { return nil }
            return ReactionTime(date: Date(timeIntervalSince1970: Double(seconds)))
        }

        /// 64-bit hashes written as 16 hex digits each, one after the other.
        private func hashes(_ text: String) -> [UInt64]? {
            let digits = Array(text.utf8)
            guard digits.count % 16 == 0 else { return nil }
            var hashes: [UInt64] = []
            hashes.reserveCapacity(digits.count / 16)
            for start in stride(from: 0, to: digits.count, by: 16) {
                // Digits alone, a byte at a time: a String per hash made
                // this a sixth of reading a big state file. Anything else
                // is read as `UInt64(_:radix:)` reads it.
                if let hash = Self.hexDigits(digits[start..<start + 16]) {
                    hashes.append(hash)
                    continue
                }
                guard let hash = UInt64(String(decoding: digits[start..<start + 16], as: UTF8.self), radix: 16) else { return nil }
                hashes.append(hash)
            }
            return hashes
        }

        /// The number that hex digits (0-9, a-f, A-F) write; nil for any other byte.
        static func hexDigits(_ digits: ArraySlice<UInt8>) -> UInt64? {
            var value: UInt64 = 0
            for byte in digits {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0") ... UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a") ... UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A") ... UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt64(digit)
            }
            return value
        }

        private mutating func object(_ value: JSONValue, _ part: ReadingStateProblem.Part) throws(ReadingStateError) -> JSONObject {
            guard let object = value.objectValue else { throw fail(.notAnObject(part, found: value.kind)) }
            if object.line > 0 { line = object.line }
            return object
        }

        private func fail(_ problem: ReadingStateProblem) -> ReadingStateError {
            .unreadable(file: file, line: line, problem: problem)
        }
    }
}
