/// Tells, from an article's source bytes alone, that a part of it cannot
/// show a match of a pattern of ASCII letters once it is laid out: a search
/// in a 10 MB article then skips the parts that cannot match with a scan
/// of their bytes (milliseconds) instead of laying them out (about a second).
///
/// It may say "may match" wrongly, never "cannot match" wrongly. For a
/// pattern of ASCII letters (the only kind it takes) a laid-out line shows
/// letters the source does not hold next to each other only where markup
/// between them is dropped or a character is replaced:
/// - emphasis, code and escapes drop `*`, `_`, `` ` `` and `\`; links drop
///   `[`, `]` and, when the target equals the text, the `(target)`: those
///   bytes are skipped between the pattern's letters;
/// - the sanitiser shows C1 controls, bidi controls and line separators as
///   `<U+XXXX>` (letters), and three characters equal an ASCII one (KELVIN
///   SIGN, GREEK QUESTION MARK, GREEK VARIA): a part holding any of them may match.
/// Question numbers, list markers, quote bars and rules hold no letters;
/// wrapping and combining marks only part letters.
struct SourcePrefilter {
    let needle: [UInt8]
    let foldCase: Bool

    /// Nil unless `pattern` is ASCII letters only (digits could come from a
    /// question's number, punctuation from a glyph).
    init?(pattern: String) {
        let bytes = Array(pattern.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy(Self.isLetter) else { return nil }
        // Smart case, as `TextSearch`: a capital makes the search exact.
        foldCase = !bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        needle = bytes
    }

    func mayMatch(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer(mayMatch(bytes:))
    }

    func mayMatch(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        let first = needle[0]
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0xC2 {
                if Self.startsReplaced(bytes, at: index) { return true }
            } else if (foldCase ? Self.lower(byte) : byte) == first && matchesRelaxed(bytes, from: index + 1) {
                return true
            }
            index += 1
        }
        return false
    }

    /// The rest of the pattern from `start`, skipping markup a layout drops.
    private func matchesRelaxed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start, matched = 1
        while matched < needle.count {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            if (foldCase ? Self.lower(byte) : byte) == needle[matched] {
                matched += 1
                index += 1
            } else if byte == UInt8(ascii: "(") && index > 0 && bytes[index - 1] == UInt8(ascii: "]") {
                index = Self.afterParentheses(bytes, from: index)
            } else if Self.isDropped(byte) {
                index += 1
            } else {
                return false
            }
        }
        return true
    }

    /// After the parenthesis that closes the one at `start` (the end when none does):
    /// a link's target, which a layout leaves out when it equals the text.
    private static func afterParentheses(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var depth = 0, index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "(") {
                depth += 1
            } else if bytes[index] == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return index
    }

    private static func isDropped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "\\"), UInt8(ascii: "["), UInt8(ascii: "]"): true
        default: false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// A character at `index` that a layout shows as letters, or as an ASCII
    /// character: a C1 control (U+0080-U+009F), U+061C, U+200E, U+200F,
    /// U+2028-U+202E, U+2066-U+2069, U+212A, U+037E or U+1FEF.
    private static func startsReplaced(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return byte(1) >= 0x80 && byte(1) <= 0x9F
        case 0xCD: return byte(1) == 0xBE
        case 0xD8: return byte(1) == 0x9C
        case 0xE1: return byte(1) == 0xBF && byte(2) == 0xAF
        case 0xE2:
            switch (byte(1), byte(2)) {
            case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xA8 ... 0xAE), (0x81, 0xA6 ... 0xA9), (0x84, 0xAA): return true
            default: return false
            }
        default: return false
        }
    }
}
