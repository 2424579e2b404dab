/// Finds a pattern in the lines of a layout, as less does: line by line,
/// ignoring case unless the pattern has a capital ("smart case").
enum TextSearch {
    static func matches(of pattern: String, in layout: ArticleLayout) -> [SearchMatch] {
        matches(of: pattern, in: layout.lines, range: layout.lines.indices)
    }

    /// The matches on `lines[range]`, numbered by their index in `lines`.
    static func matches<Lines: RandomAccessCollection<StyledLine>>(of pattern: String, in lines: Lines, range: Range<Int>) -> [SearchMatch] where Lines.Index == Int {
        guard !pattern.isEmpty else { return [] }
        let caseSensitive = pattern != pattern.lowercased()
        let needle = fold(pattern, caseSensitive: caseSensitive)
        let prefilter = ASCIIPrefilter(pattern: pattern, foldCase: !caseSensitive)
        var found: [SearchMatch] = []
        for index in range {
            let line = lines[index]
            var text = line.spans.count == 1 ? line.spans[0].text : line.text
            if let prefilter {
                // An ASCII line is a character per byte and a column per character: match its bytes.
                let handled = text.withUTF8 { bytes -> Bool in
                    guard prefilter.mayMatch(bytes: bytes) else { return true }
                    guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
                    found.append(contentsOf: prefilter.matches(in: bytes).map { SearchMatch(line: index, start: $0.lowerBound, end: $0.upperBound) })
                    return true
                }
                if handled { continue }
            }
            let characters = Array(text)
            guard characters.count >= needle.count else { continue }
            let folded = caseSensitive ? characters.map(String.init) : characters.map { $0.lowercased() }
            var columns = [0]
            columns.reserveCapacity(characters.count + 1)
            for character in characters { columns.append(columns[columns.count - 1] + max(0, DisplayWidth.of(character))) }
            var start = 0
            while start + needle.count <= folded.count {
                if folded[start] == needle[0] && folded[start ..< start + needle.count].elementsEqual(needle) {
                    found.append(SearchMatch(line: index, start: columns[start], end: columns[start + needle.count]))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    private static func fold(_ text: String, caseSensitive: Bool) -> [String] {
        caseSensitive ? text.map(String.init) : text.map { $0.lowercased() }
    }
}

/// Skips, a byte at a time, the lines that cannot hold an ASCII pattern (most
/// of them): splitting every line of a 10 MB article into `Character`s and
/// lowercasing each took about a second per key typed after `/`.
///
/// Exact: a line `Character` equal (or, ignoring case, lowercasing) to an
/// ASCII character is that byte or its capital, except three characters
/// canonically equivalent to one (KELVIN SIGN U+212A to K, GREEK QUESTION
/// MARK U+037E to ';', GREEK VARIA U+1FEF to '`'); a line holding any of
/// them goes the slow way.
struct ASCIIPrefilter {
    let needle: [UInt8]
    let foldCase: Bool

    init?(pattern: String, foldCase: Bool) {
        let bytes = Array(pattern.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        needle = foldCase ? bytes.map(Self.lower) : bytes
        self.foldCase = foldCase
    }

    func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayMatch(bytes: $0) }
    }

    func mayMatch(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count, length = needle.count
        guard count >= length else { return false }
        var index = 0
        while index + length <= count {
            let byte = bytes[index]
            if byte >= 0xCD && Self.startsSpecial(bytes, at: index) { return true }
            if (foldCase ? Self.lower(byte) : byte) == needle[0] {
                var offset = 1
                while offset < length && (foldCase ? Self.lower(bytes[index + offset]) : bytes[index + offset]) == needle[offset] {
                    offset += 1
                }
                if offset == length { return true }
            }
            index += 1
        }
        // The tail too short for a match may still hold a special character.
        while index < count {
            if bytes[index] >= 0xCD && Self.startsSpecial(bytes, at: index) { return true }
            index += 1
        }
        return false
    }

    /// The byte ranges of the pattern in an ASCII line, left to right, not overlapping.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index + needle.count <= bytes.count {
            var offset = 0
            while offset < needle.count && (foldCase ? Self.lower(bytes[index + offset]) : bytes[index + offset]) == needle[offset] {
                offset += 1
            }
            if offset == needle.count {
                found.append(index ..< index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// U+212A, U+037E or U+1FEF starts at `index`.
    private static func startsSpecial(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func has(_ sequence: [UInt8]) -> Bool {
            index + sequence.count <= bytes.count && sequence.indices.allSatisfy { bytes[index + $0] == sequence[$0] }
        }
        return has([0xE2, 0x84, 0xAA]) || has([0xCD, 0xBE]) || has([0xE1, 0xBF, 0xAF])
    }
}
