/// Step 1 of an import: the bytes as lines of text.
///
/// Decoding never fails on bad bytes: invalid UTF-8 becomes U+FFFD (through
/// `SourceText`), and so do control characters (NUL, a lone CR, ESC, C1
/// controls), because they cannot be written into an article's front matter
/// and mean nothing in an interview. Each changed line is noted.
struct ImportText {
    /// The lines, split at "\n" and "\r\n" as editors count them.
    var lines: [String]
    var notes: [ImportNote]

    init(bytes: some Collection<UInt8>, file: String) throws(ImportError) {
        if SourceText.looksLikeUTF16(bytes) {
            throw ImportError(file: file, problem: .utf16)
        }
        if Self.looksBinary(bytes) {
            throw ImportError(file: file, problem: .notText)
        }
        let source = SourceText(bytes: bytes)
        var lines: [String] = []
        var notes: [ImportNote] = []
        if source.isWindows1252 {
            notes.append(ImportNote(line: 1, text: "", reason: .windows1252))
        }
        var invalid = source.invalidUTF8Lines[...]
        for (offset, raw) in Self.lines(of: source.text).enumerated() {
            let number = offset + 1
            let (line, hadControls) = Self.replacingControls(raw)
            if invalid.first == number {
                invalid.removeFirst()
                notes.append(ImportNote(line: number, text: line, reason: .invalidUTF8))
            }
            if hadControls {
                notes.append(ImportNote(line: number, text: line, reason: .controlCharacters))
            }
            lines.append(line)
        }
        if lines.allSatisfy(\.isBlankForImport) {
            throw ImportError(file: file, problem: .empty)
        }
        self.lines = lines
        self.notes = notes
    }

    /// An image, a PDF, a word processor's or an archive file: it starts as
    /// one does, or more than a quarter of its first 4 KB are control bytes
    /// (a stray NUL in a text is a control character, not a binary file).
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(4096))
        let signatures: [[UInt8]] = [
            Array("%PDF".utf8), [0x50, 0x4B, 0x03, 0x04], [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF],
            Array("GIF8".utf8), [0xD0, 0xCF, 0x11, 0xE0], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
        ]
        if signatures.contains(where: { head.starts(with: $0) }) { return true }
        let controls = head.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
        return controls * 4 > head.count
    }

    /// Split at "\n" and "\r\n", as `sourceLines()` does, but over UTF-8
    /// bytes: several times faster on a text of megabytes.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                var end = index
                if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
                lines.append(text[start..<end])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// C0 controls other than tab, DEL and C1 controls, each as U+FFFD.
    static func replacingControls(_ line: Substring) -> (String, Bool) {
        guard line.unicodeScalars.contains(where: isControl) else { return (String(line), false) }
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            out.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return (String(out), true)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}

extension StringProtocol {
    /// Only white space (spaces, tabs, no-break spaces): a line between paragraphs.
    var isBlankForImport: Bool { allSatisfy(\.isWhitespace) }

    /// Without white space of any kind at either end (text copied from web
    /// pages carries no-break spaces there).
    var trimmingWhitespace: SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
