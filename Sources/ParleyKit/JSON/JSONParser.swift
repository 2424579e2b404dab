/// An RFC 8259 parser into `JSONValue`, forgiving where a damaged byte
/// should not cost a whole file (invalid UTF-8 and a lone surrogate become
/// U+FFFD; duplicate keys are kept, in order), with line and column in every
/// error and a nesting limit, so a hostile or damaged file is a clear message
/// rather than a crash or a stack overflow.
public struct JSONParser {
    public static let maximumDepth = 256

    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    private let bytes: [UInt8]
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
        var parser = JSONParser(bytes: Array(bytes))
        return try parser.parseDocument()
    }

    /// As `parse`, with the lines (1-based, in order, each once) where a
    /// string could not be read faithfully (invalid UTF-8, a lone surrogate),
    /// so a writer can refuse to rewrite what it would change.
    public static func parseRecordingDamage(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> (value: JSONValue, damagedLines: [Int]) {
        var parser = JSONParser(bytes: Array(bytes))
        let value = try parser.parseDocument()
        return (value, parser.damagedLines)
    }

    /// As `parseRecordingDamage`, but the elements of the root object's
    /// array `key` are handed to `visit` one by one (with their byte range in
    /// `bytes` and the root object's line) and left out of the tree, which
    /// holds an empty array there. Every error is the one `parse` reports.
    static func parseVisiting(_ bytes: [UInt8], arrayKey key: String, visit: @escaping (JSONValue, Range<Int>, Int) -> Void) throws(SyntaxError) -> (value: JSONValue, damagedLines: [Int]) {
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

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the document") }
        return value
    }

    private func error(_ message: String) -> SyntaxError {
        // Columns count characters, not bytes: a person counts what they see.
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return SyntaxError(line: line, column: column, message: message)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
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
        guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let expected = word.utf8
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
            throw error("unexpected \(describeCurrent()), expected a value")
        }
        index += expected.count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested deeper than \(Self.maximumDepth) levels") }
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
                throw error("unexpected \(describeCurrent()), expected a key in double quotes")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()), expected ':' after a key")
            }
            index += 1
            skipWhitespace()
            let value: JSONValue
            if isRoot, key == visitedKey, let visit, index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                value = try parseArray(visiting: visit)
            } else {
                value = try parseValue()
            }
            if object[key] != nil { throw error("the key \"\(key)\" appears twice in one object") }
            object.members.append((key, value))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file, expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error("unexpected \(describeCurrent()), expected ',' or '}'")
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
            guard index < bytes.count else { throw error("unexpected end of file, expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error("unexpected \(describeCurrent()), expected ',' or ']'")
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
        if intDigits == 0 { throw error("a number needs digits") }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") { throw error("a number must not start with 0") }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits(&self) == 0 { throw error("a number needs digits after '.'") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            if digits(&self) == 0 { throw error("a number needs digits in its exponent") }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1  // opening quote
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try decodeUTF8(utf8)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error("unterminated string") }
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
                    throw error("invalid escape \\\(describeCurrent())")
                }
            case 0x00..<0x20:
                throw error("a control character (byte 0x\(String(byte, radix: 16, uppercase: true))) inside a string must be escaped")
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[index]) else { throw error("\\u needs four hex digits") }
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
