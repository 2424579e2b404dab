import FoundationEssentials

/// Reads a state file in the form parley writes (`LibraryReadingState.encoded`)
/// straight from its bytes, without the JSON tree: listing a library of
/// 1,000 articles read its 789 KB state in about 150 M instructions through
/// the tree, 100 M of them building it.
///
/// It answers nil for anything it does not fully understand: another
/// layout of members it would have to skip (an unknown member, a duplicate
/// key, an escape in a string, a byte order mark, a number that is not a
/// plain integer, bytes that are not UTF-8) as well as any damage. The tree
/// decoder (`LibraryReadingState.decodeTree`) then reads the file and gives
/// the error, with its line, that a damaged file is moved aside with. So
/// whatever this accepts, the tree reads to the same state
/// (`StateFileReaderTests` holds it to that).
struct StateFileReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    static func read(_ bytes: [UInt8]) -> LibraryReadingState? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = StateFileReader(bytes: buffer)
            return reader.file()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: - The file's parts

    private mutating func file() -> LibraryReadingState? {
        var version: Int?
        var library: String?
        var name: String??
        var articles: [String: ArticleReadingState]?
        let complete = members { reader, key in
            switch key {
            case "version" where version == nil:
                version = reader.integer()
                return version != nil
            case "library" where library == nil:
                library = reader.string()
                return library != nil
            case "name" where name == nil:
                if reader.null() {
                    name = .some(nil)
                    return true
                }
                guard let text = reader.string() else { return false }
                name = .some(text)
                return true
            case "articles" where articles == nil:
                articles = reader.articles()
                return articles != nil
            default:
                return false
            }
        }
        skipWhitespace()
        guard complete, index == bytes.count, version == LibraryReadingState.currentVersion, let library else { return nil }
        return LibraryReadingState(library: library, lastName: name ?? nil, articles: articles ?? [:])
    }

    private mutating func articles() -> [String: ArticleReadingState]? {
        var articles: [String: ArticleReadingState] = [:]
        // An article that was opened and seen takes 500 to 800 bytes: the
        // dictionary is not rehashed as it grows, and not much too big.
        articles.reserveCapacity(bytes.count / 512)
        let complete = members { reader, slug in
            guard Library.isValidSlug(slug), let article = reader.article() else { return false }
            // A slug twice: the tree's decoder says what that means.
            return articles.updateValue(article, forKey: slug) == nil
        }
        return complete ? articles : nil
    }

    private mutating func article() -> ArticleReadingState? {
        var opened: ReactionTime?
        var changed: ReactionTime?
        var position: SavedPosition?
        var seen: SeenReactions?
        let complete = members { reader, key in
            switch key {
            case "opened" where opened == nil:
                opened = reader.time()
                return opened != nil
            case "changed" where changed == nil:
                changed = reader.time()
                return changed != nil
            case "position" where position == nil:
                position = reader.position()
                return position != nil
            case "seen" where seen == nil:
                seen = reader.seen()
                return seen != nil
            default:
                return false
            }
        }
        guard complete, let changed else { return nil }
        return ArticleReadingState(opened: opened, position: position, seen: seen ?? SeenReactions(), changed: changed)
    }

    private mutating func position() -> SavedPosition? {
        guard let numbers = integers(), numbers.count == 3, numbers[0] >= 0, numbers[1] >= 0,
              let fingerprint = UInt32(exactly: numbers[2]) else { return nil }
        return SavedPosition(block: numbers[0], offset: numbers[1], fingerprint: fingerprint)
    }

    private mutating func seen() -> SeenReactions? {
        var mark: SeenReactions.Mark??
        var counts: [Int]?
        var xors: [UInt64]?
        var unseen: [UInt64]?
        var also: [UInt64]?
        let complete = members { reader, key in
            switch key {
            case "mark" where mark == nil:
                mark = reader.mark()
                return mark != nil
            case "counts" where counts == nil:
                counts = reader.integers()
                return counts != nil
            case "xors" where xors == nil:
                xors = reader.hashes()
                return xors != nil
            case "unseen" where unseen == nil:
                unseen = reader.hashes()
                return unseen != nil
            case "also" where also == nil:
                also = reader.hashes()
                return also != nil
            default:
                return false
            }
        }
        guard complete, let mark, let counts, counts.count == SeenReactions.bucketCount, counts.allSatisfy({ $0 >= 0 }),
              let xors, xors.count == SeenReactions.bucketCount,
              let unseen, unseen.count <= SeenReactions.maximumExceptions,
              let also, also.count <= SeenReactions.maximumExceptions else { return nil }
        return SeenReactions(mark: mark, counts: counts, xors: xors, unseen: unseen, alsoSeen: also)
    }

    /// `null`, or `[posted or null, id]`: nil when it is neither.
    private mutating func mark() -> SeenReactions.Mark?? {
        if null() { return .some(nil) }
        guard byte("[") else { return nil }
        let posted: ReactionTime?
        if null() {
            posted = nil
        } else {
            guard let text = string(), let time = ReactionTime(iso: text) else { return nil }
            posted = time
        }
        guard byte(","), let id = string(), byte("]") else { return nil }
        return .some(SeenReactions.Mark(posted: posted, id: id))
    }

    /// Whole seconds since 1970, not negative.
    private mutating func time() -> ReactionTime? {
        guard let seconds = integer(), seconds >= 0 else { return nil }
        return ReactionTime(date: Date(timeIntervalSince1970: Double(seconds)))
    }

    // MARK: - JSON, only as parley writes it

    /// An object's members, each key handed to `member`, which reads the
    /// value and says whether it could. False when the object is not one.
    private mutating func members(_ member: (inout StateFileReader, String) -> Bool) -> Bool {
        guard byte("{") else { return false }
        if byte("}") { return true }
        repeat {
            guard let key = string(), byte(":"), member(&self, key) else { return false }
        } while byte(",")
        return byte("}")
    }

    /// `[` integers `]`.
    private mutating func integers() -> [Int]? {
        guard byte("[") else { return nil }
        var numbers: [Int] = []
        if byte("]") { return numbers }
        repeat {
            guard let number = integer() else { return nil }
            numbers.append(number)
        } while byte(",")
        return byte("]") ? numbers : nil
    }

    /// An integer as JSON writes one (`-?(0|[1-9][0-9]*)`) that fits an
    /// `Int`, not followed by a fraction or an exponent.
    private mutating func integer() -> Int? {
        skipWhitespace()
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            let digit = Int(bytes[index] &- UInt8(ascii: "0"))
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
            index += 1
        }
        let count = index - start
        guard count > 0, count == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
        return value
    }

    /// A string without escapes or control characters, in valid UTF-8.
    private mutating func string() -> String? {
        guard byte("\"") else { return nil }
        let start = index
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let content = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        if ascii { return String(decoding: content, as: UTF8.self) }
        return String(validating: content, as: UTF8.self)
    }

    /// 64-bit hashes as 16 hex digits each, one after the other, in a string.
    private mutating func hashes() -> [UInt64]? {
        guard byte("\"") else { return nil }
        var hashes: [UInt64] = []
        var value: UInt64 = 0
        var digits = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "\""):
                return digits == 0 ? hashes : nil
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A") ... UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
            digits += 1
            if digits == 16 {
                hashes.append(value)
                value = 0
                digits = 0
            }
        }
        return nil
    }

    /// Skips whitespace, then takes `ascii` when it comes next.
    private mutating func byte(_ ascii: Unicode.Scalar) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ascii) else { return false }
        index += 1
        return true
    }

    /// Skips whitespace, then takes `null` when it comes next.
    private mutating func null() -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}
