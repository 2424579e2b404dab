import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            switch Member(key) {
            case .version where version == nil:
                version = reader.integer()
                return version != nil
            case .library where library == nil:
                library = reader.string()
                return library != nil
            case .name where name == nil:
                if reader.null() {
                    name = .some(nil)
                    return true
                }
                guard let text = reader.string() else { return false }
                name = .some(text)
                return true
            case .articles where articles == nil:
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
        let complete = members { reader, key in
            guard Library.isValidSlug(utf8: key), let article = reader.article() else { return false }
            let slug = String(decoding: key, as: UTF8.self)
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
            switch Member(key) {
            case .opened where opened == nil:
                opened = reader.time()
                return opened != nil
            case .changed where changed == nil:
                changed = reader.time()
                return changed != nil
            case .position where position == nil:
                position = reader.position()
                return position != nil
            case .seen where seen == nil:
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
            switch Member(key) {
            case .mark where mark == nil:
                mark = reader.mark()
                return mark != nil
            case .counts where counts == nil:
                counts = reader.integers()
                return counts != nil
            case .xors where xors == nil:
                xors = reader.hashes()
                return xors != nil
            case .unseen where unseen == nil:
                unseen = reader.hashes()
                return unseen != nil
            case .also where also == nil:
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

    /// An object's members, each key (its bytes: no escapes, valid UTF-8)
    /// handed to `member`, which reads the value and says whether it could.
    /// False when the object is not one.
    private mutating func members(_ member: (inout StateFileReader, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        guard byte("{") else { return false }
        if byte("}") { return true }
        repeat {
            guard let key = stringBytes(), byte(":"), member(&self, key) else { return false }
        } while byte(",")
        return byte("}")
    }

    /// `[` integers `]`.
    private mutating func integers() -> [Int]? {
        guard byte("[") else { return nil }
        var numbers: [Int] = []
        // Most lists are the 16 buckets' counts.
        numbers.reserveCapacity(SeenReactions.bucketCount)
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
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") { return nil }
        return value
    }

    /// A string without escapes or control characters, in valid UTF-8.
    private mutating func string() -> String? {
        stringBytes().map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a string without escapes or control characters, when
    /// they are valid UTF-8.
    private mutating func stringBytes() -> UnsafeBufferPointer<UInt8>? {
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
        guard ascii || String(validating: content, as: UTF8.self) != nil else { return nil }
        return content
    }

    /// 64-bit hashes as 16 hex digits each, one after the other, in a string.
    private mutating func hashes() -> [UInt64]? {
        guard byte("\"") else { return nil }
        guard let base = bytes.baseAddress, index < bytes.count,
              let quote = memchr(base + index, Int32(UInt8(ascii: "\"")), bytes.count - index) else { return nil }
        let end = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
        let digits = end - index
        guard digits % 16 == 0 else { return nil }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(digits / 16)
        while index < end {
            let raw = UnsafeRawPointer(base + index)
            guard let high = Self.hexWord(raw.loadUnaligned(as: UInt64.self)),
                  let low = Self.hexWord(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) else { return nil }
            hashes.append(UInt64(high) << 32 | UInt64(low))
            index += 16
        }
        index = end + 1
        return hashes
    }

    /// The number eight hex digits (either case) stand for, the first digit
    /// the highest, as loaded from memory; nil when one is not a hex digit.
    /// A state file is two-thirds hex digits: this takes eight at a time.
    static func hexWord(_ loaded: UInt64) -> UInt32? {
        let word = UInt64(littleEndian: loaded)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        guard word & highBits == 0 else { return nil }
        // Per byte c < 0x80: bit 7 of c + (0x80 - lo) says c >= lo, and bit 7
        // of c + (0x7F - hi) says c > hi; no sum carries into the next byte.
        let digit = (word &+ 0x5050_5050_5050_5050) & ~(word &+ 0x4646_4646_4646_4646)
        let folded = word | 0x2020_2020_2020_2020
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x1919_1919_1919_1919)
        guard (digit | letter) & highBits == highBits else { return nil }
        // '0'...'9' are 0x3n, 'a'...'f' and 'A'...'F' are 0x61... and 0x41...: the
        // low nibble, plus 9 for a letter (bit 6).
        let nibbles = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ ((word >> 6) & 0x0101_0101_0101_0101) &* 9
        // The first digit is the lowest byte: pairs, then quads, then all eight.
        let pairs = ((nibbles << 4) | (nibbles >> 8)) & 0x00FF_00FF_00FF_00FF
        let quads = ((pairs << 8) | (pairs >> 16)) & 0x0000_FFFF_0000_FFFF
        return UInt32(truncatingIfNeeded: (quads << 16) | (quads >> 32))
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

/// The members parley writes, told from their key's bytes without making a
/// `String` of each: a state file has some 20 keys an article.
private enum Member {
    case version, library, name, articles
    case opened, changed, position, seen
    case mark, counts, xors, unseen, also

    init?(_ key: UnsafeBufferPointer<UInt8>) {
        switch key.count {
        case 4:
            if Self.key(key, is: "name") { self = .name } else if Self.key(key, is: "seen") { self = .seen } else if Self.key(key, is: "mark") { self = .mark } else if Self.key(key, is: "xors") { self = .xors } else if Self.key(key, is: "also") { self = .also } else { return nil }
        case 6:
            if Self.key(key, is: "opened") { self = .opened } else if Self.key(key, is: "counts") { self = .counts } else if Self.key(key, is: "unseen") { self = .unseen } else { return nil }
        case 7:
            if Self.key(key, is: "version") { self = .version } else if Self.key(key, is: "library") { self = .library } else if Self.key(key, is: "changed") { self = .changed } else { return nil }
        case 8:
            if Self.key(key, is: "articles") { self = .articles } else if Self.key(key, is: "position") { self = .position } else { return nil }
        default:
            return nil
        }
    }

    private static func key(_ key: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
        name.withUTF8Buffer { name in key.elementsEqual(name) }
    }
}
