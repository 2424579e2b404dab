/// An RFC 8259 parser into `JSONValue`, forgiving where a damaged byte
/// should not cost a whole file (invalid UTF-8 and a lone surrogate become
/// U+FFFD; duplicate keys are kept, in order), with line and column in every
/// error and a nesting limit, so a hostile or damaged file is a clear message
/// rather than a crash or a stack overflow.
public struct JSONParser {
    public static let maximumDepth = 256

    /// Where a document breaks and why, as a value: the words are in
    /// ParleyUI's `Catalogue` (`message(_: JSONSyntaxProblem)`).
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var problem: JSONSyntaxProblem
    }

    /// The document's bytes, borrowed for the parse (an array's, or a
    /// mapped file's: `MappedFile`).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    /// Lines of strings that held bytes that are not UTF-8 or a `\u` escape
    /// of a lone surrogate: read as U+FFFD, so not as the file holds them.
    private var damagedLines: [Int] = []
    /// Called with each element of the root object's array member `visitedKey`
    /// (its value, its bytes, the root object's line) instead of keeping it in
    /// the tree: a file of 10,000 reactions is read a reaction at a time.
    private var visitedKey: String?
    private var visit: ((JSONValue, Range<Int>, Int) -> Void)?
    private var rootLine = 1

    public static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        try parseRecordingDamage(bytes).value
    }

    /// As `parse`, with the lines (1-based, in order, each once) where a
    /// string could not be read faithfully (invalid UTF-8, a lone surrogate),
    /// so a writer can refuse to rewrite what it would change.
    public static func parseRecordingDamage(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> (value: JSONValue, damagedLines: [Int]) {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { (buffer) throws(SyntaxError) in
            var parser = JSONParser(bytes: buffer)
            let value = try parser.parseDocument()
            return (value, parser.damagedLines)
        }
    }

    /// As `parseRecordingDamage`, but the elements of the root object's
    /// array `key` are handed to `visit` one by one (with their byte range in
    /// `bytes` and the root object's line) and left out of the tree, which
    /// holds an empty array there. Every error is the one `parse` reports.
    /// `bytes` is only read during the call.
    static func parseVisiting(_ bytes: UnsafeBufferPointer<UInt8>, arrayKey key: String, visit: @escaping (JSONValue, Range<Int>, Int) -> Void) throws(SyntaxError) -> (value: JSONValue, damagedLines: [Int]) {
        var parser = JSONParser(bytes: bytes)
        parser.visitedKey = key
        parser.visit = visit
        let value = try parser.parseDocument()
        return (value, parser.damagedLines)
    }

    private mutating func noteDamage() {
        if damagedLines.last != line { damagedLines.append(line) }
    }

    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw error(.textAfterDocument(currentToken())) }
        return value
    }

    private func error(_ problem: JSONSyntaxProblem) -> SyntaxError {
        // Columns count characters, not bytes: a person counts what they see.
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return SyntaxError(line: line, column: column, problem: problem)
    }

    private func currentToken() -> JSONToken {
        guard index < bytes.count else { return .endOfFile }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return .character(Character(Unicode.Scalar(byte))) }
        return .byte(byte)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error(.unexpected(.endOfFile, expected: .value)) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error(.unexpected(currentToken(), expected: .value))
        }
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let expected = word.utf8
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
            throw error(.unexpected(currentToken(), expected: .value))
        }
        index += expected.count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error(.nestedTooDeep(limit: Self.maximumDepth)) }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        var object = JSONObject(line: line)
        let isRoot = depth == 1
        if isRoot { rootLine = line }
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(.unexpected(currentToken(), expected: .key))
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error(.unexpected(currentToken(), expected: .colon))
            }
            index += 1
            skipWhitespace()
            let value: JSONValue
            if isRoot, key == visitedKey, let visit, index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                value = try parseArray(visiting: visit)
            } else {
                value = try parseValue()
            }
            if object[key] != nil { throw error(.keyTwice(key)) }
            object.members.append((key, value))
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpected(.endOfFile, expected: .commaOrBrace)) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error(.unexpected(currentToken(), expected: .commaOrBrace))
        }
        depth -= 1
        return .object(object)
    }

    private mutating func parseArray(visiting visit: ((JSONValue, Range<Int>, Int) -> Void)? = nil) throws(SyntaxError) -> JSONValue {
        try enter()
        var elements: [JSONValue] = []
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if let visit {
                let start = index
                let element = try parseValue()
                visit(element, start ..< index, rootLine)
            } else {
                elements.append(try parseValue())
            }
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpected(.endOfFile, expected: .commaOrBracket)) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error(.unexpected(currentToken(), expected: .commaOrBracket))
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = index
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.index]) { parser.index += 1 }
            return parser.index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        let intDigits = digits(&self)
        if intDigits == 0 { throw error(.numberWithoutDigits) }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") { throw error(.numberStartsWithZero) }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits(&self) == 0 { throw error(.numberWithoutFractionDigits) }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            if digits(&self) == 0 { throw error(.numberWithoutExponentDigits) }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1  // opening quote
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error(.unterminatedString) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try decodeUTF8(utf8)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error(.unterminatedString) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try parseUnicodeEscape())
                default:
                    index -= 1
                    throw error(.invalidEscape(currentToken()))
                }
            case 0x00..<0x20:
                throw error(.controlCharacterInString(byte: byte))
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.unicodeEscapeWithoutFourHexDigits) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[index]) else { throw error(.unicodeEscapeWithoutFourHexDigits) }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    private mutating func parseUnicodeEscape() throws(SyntaxError) -> [UInt8] {
        var code = try parseHex4()
        if (0xD800...0xDBFF).contains(code) {
            // A high surrogate must be followed by a low one; alone it is replaced.
            if index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try parseHex4()
                if (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                    code = 0xFFFD
                    noteDamage()
                }
            } else {
                code = 0xFFFD
                noteDamage()
            }
        } else if (0xDC00...0xDFFF).contains(code) {
            code = 0xFFFD
            noteDamage()
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func decodeUTF8(_ utf8: [UInt8]) throws(SyntaxError) -> String {
        if let valid = String(validating: utf8, as: UTF8.self) { return valid }
        // Invalid bytes become U+FFFD: a damaged byte must not cost the whole
        // file, but it is noted (a string cannot span lines, so `line` is its line).
        noteDamage()
        return String(decoding: utf8, as: UTF8.self)
    }
}

/// What stands where a JSON document breaks.
public enum JSONToken: Equatable, Sendable {
    case endOfFile
    /// A printable ASCII character.
    case character(Character)
    /// Any other byte (a space, a control character, a byte of UTF-8).
    case byte(UInt8)
}

/// What a JSON parser expected where it found something else.
public enum JSONExpectation: Equatable, Sendable, CaseIterable {
    case value, key, colon, commaOrBrace, commaOrBracket
}

/// Why a JSON document cannot be read. The words are in ParleyUI's
/// `Catalogue`; `MessageCatalogueTests` has a sample of every case.
public enum JSONSyntaxProblem: Equatable, Sendable {
    case textAfterDocument(JSONToken)
    case unexpected(JSONToken, expected: JSONExpectation)
    case nestedTooDeep(limit: Int)
    case keyTwice(String)
    case numberWithoutDigits
    case numberStartsWithZero
    case numberWithoutFractionDigits
    case numberWithoutExponentDigits
    case unterminatedString
    case invalidEscape(JSONToken)
    case controlCharacterInString(byte: UInt8)
    case unicodeEscapeWithoutFourHexDigits
}
