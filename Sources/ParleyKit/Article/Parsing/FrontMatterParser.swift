/// Reads front matter: a flat list of `key: value` lines between `---` lines,
/// a strict subset of YAML. Values are plain or double-quoted scalars; every
/// other YAML construct is an error naming its line, so nothing a person wrote
/// is silently read as something else.
struct FrontMatterParser {
    struct Result {
        var metadata: ArticleMetadata
        /// Index of the first body line (0-based, into the file's lines).
        var bodyStart: Int
    }

    let file: String

    func parse(lines: [Substring]) throws(ArticleError) -> Result {
        guard let first = lines.first, isDelimiter(first) else {
            throw ArticleError(file: file, line: 1, problem: .frontMatter(.missing))
        }
        var fields: [(key: String, value: String)] = []
        var index = 1
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            index += 1
            if isDelimiter(line) {
                let metadata = ArticleMetadata(fields: fields)
                try validate(metadata, lines: lines)
                return Result(metadata: metadata, bodyStart: index)
            }
            let trimmed = line.trimmingTrailingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let field = try parseField(trimmed, line: lineNumber)
            if fields.contains(where: { $0.key == field.key }) {
                throw ArticleError(file: file, line: lineNumber, problem: .frontMatter(.givenTwice(key: field.key)))
            }
            fields.append(field)
        }
        throw ArticleError(file: file, line: 1, problem: .frontMatter(.notClosed))
    }

    private func isDelimiter(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces == "---"
    }

    /// `dotted`: the key may hold `.` too (the config file's `key.reader.quit`).
    func parseField(_ line: Substring, line lineNumber: Int, dotted: Bool = false) throws(ArticleError) -> (key: String, value: String) {
        func fail(_ problem: FrontMatterProblem) -> ArticleError { ArticleError(file: file, line: lineNumber, problem: .frontMatter(problem)) }
        if line.first == " " || line.first == "\t" {
            throw fail(.indented)
        }
        if line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) {
            throw fail(.controlCharacter)
        }
        guard let colon = line.firstIndex(of: ":") else {
            throw fail(.notKeyValue(found: String(line.prefix(40))))
        }
        let key = line[..<colon]
        guard let head = key.unicodeScalars.first, head.properties.isAlphabetic || head == "_",
              key.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" || dotted && $0 == ".") })
        else {
            throw fail(.invalidKey(String(key), dotted: dotted))
        }
        let rest = line[line.index(after: colon)...]
        if let next = rest.first, next != " " && next != "\t" {
            throw fail(.noSpaceAfterColon(key: String(key)))
        }
        let raw = rest.trimmingSpaces
        guard let start = raw.first else { throw fail(.noValue(key: String(key))) }
        let value: String
        switch start {
        case "\"":
            value = try parseDoubleQuoted(raw, key: String(key), line: lineNumber)
        case "'":
            throw fail(.singleQuoted)
        case "[", "{":
            throw fail(.listOrMap(key: String(key)))
        case "|", ">":
            throw fail(.blockScalar)
        case "&", "*", "!":
            throw fail(.anchorAliasOrTag)
        case "@", "`", "%":
            throw fail(.reservedStart(start))
        case "#":
            throw fail(.onlyComment(key: String(key)))
        default:
            if Self.mayContain(raw, ":", " "), raw.contains(": ") || raw.hasSuffix(":") {
                throw fail(.unquotedColon)
            }
            if Self.mayContain(raw, " ", "#") && raw.contains(" #") || Self.mayContain(raw, "\t", "#") && raw.contains("\t#") {
                throw fail(.unquotedComment(key: String(key)))
            }
            value = String(raw)
        }
        return (String(key), value)
    }

    /// False when `text` surely does not contain the characters `first`
    /// `second` one after the other, or end with `first` when `second` is a
    /// space: their bytes are not there. A byte test before the character
    /// test (`contains`), which costs a thousand times more: the library
    /// reads a front matter per article.
    private static func mayContain(_ text: Substring, _ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let (first, second) = (UInt8(ascii: first), UInt8(ascii: second))
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == first && byte == second { return true }
            previous = byte
        }
        return second == UInt8(ascii: " ") && previous == first
    }

    private func parseDoubleQuoted(_ raw: Substring, key: String, line lineNumber: Int) throws(ArticleError) -> String {
        func fail(_ problem: FrontMatterProblem) -> ArticleError { ArticleError(file: file, line: lineNumber, problem: .frontMatter(problem)) }
        var scalars = raw.unicodeScalars.dropFirst()[...]
        var out = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"":
                let tail = String(scalars).trimmingSpaces
                if !tail.isEmpty && !tail.hasPrefix("#") {
                    throw fail(.textAfterClosingQuote(key: key))
                }
                return String(out)
            case "\\":
                guard let escape = scalars.popFirst() else { throw fail(.endsInsideEscape(key: key)) }
                switch escape {
                case "\"", "\\", "/": out.append(escape)
                case "n": out.append("\n")
                case "t": out.append("\t")
                case " ": out.append(" ")
                case "x", "u", "U":
                    let digits = escape == "x" ? 2 : escape == "u" ? 4 : 8
                    let hex = String(scalars.prefix(digits))
                    guard hex.count == digits, let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else {
                        throw fail(.badHexEscape(escape: Character(escape), digits: digits, key: key))
                    }
                    scalars = scalars.dropFirst(digits)
                    out.append(decoded)
                default:
                    throw fail(.unknownEscape(Character(escape), key: key))
                }
            default:
                out.append(scalar)
            }
        }
        throw fail(.noClosingQuote(key: key))
    }

    private func validate(_ metadata: ArticleMetadata, lines: [Substring]) throws(ArticleError) {
        func lineOf(_ key: String) -> Int? {
            lines.firstIndex(where: { $0.hasPrefix(key + ":") }).map { $0 + 1 }
        }
        guard let title = metadata["title"] else {
            throw ArticleError(file: file, line: 1, problem: .frontMatter(.noTitle))
        }
        if title.trimmingSpaces.isEmpty {
            throw ArticleError(file: file, line: lineOf("title"), problem: .frontMatter(.emptyTitle))
        }
        if let published = metadata["published"], PublishedDate(iso: published) == nil {
            throw ArticleError(file: file, line: lineOf("published"), problem: .frontMatter(.publishedNotADate(found: published)))
        }
        if let language = metadata["language"], !Self.isLanguageTag(language) {
            throw ArticleError(file: file, line: lineOf("language"), problem: .frontMatter(.languageNotACode(found: language)))
        }
    }

    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
        }
    }
}

extension StringProtocol {
    var trimmingTrailingSpaces: SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" || self[before] == "\r" else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    var trimmingSpaces: SubSequence {
        let tail = trimmingTrailingSpaces
        var start = tail.startIndex
        while start < tail.endIndex, tail[start] == " " || tail[start] == "\t" { start = tail.index(after: start) }
        return tail[start..<tail.endIndex]
    }
}
