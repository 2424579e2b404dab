/// Whether bytes are well-formed UTF-8, the same answer as the standard
/// library's `UTF8Span(validating:)`, but eight ASCII bytes at a time.
///
/// Why not the standard library: its check goes a byte at a time (about
/// nine instructions a byte here), and it is the largest part of opening a
/// 10 MB article: 91 of the 204 million instructions up to the first screen
/// (callgrind, docs/performance.md). Articles are mostly ASCII with an
/// accent now and then, so runs of ASCII are skipped a word at a time and
/// only the other bytes are checked one sequence at a time, by the table
/// of well-formed sequences (Unicode, table 3-7).
enum UTF8Validation {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    /// Whether `bytes[range]` is well-formed. A range that starts and ends
    /// at line starts (or the ends of the bytes) is checked alone as it is
    /// inside the whole: a line end is never part of a longer sequence.
    static func isValid(_ bytes: [UInt8], in range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { isValid(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let count = buffer.count
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time: no byte has its high bit set.
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The second byte's range depends on the lead byte; every
            // later one is a plain continuation byte (80...BF).
            let length: Int
            let second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: length = 2; second = 0x80...0xBF
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; second = 0x80...0xBF
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4; second = 0x80...0xBF
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return false
            }
            guard index + length <= count, second.contains(base[index + 1]) else { return false }
            for offset in 2 ..< length where base[index + offset] & 0xC0 != 0x80 {
                return false
            }
            index += length
        }
        return true
    }
}
