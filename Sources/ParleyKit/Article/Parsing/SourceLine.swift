#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of an article's body: a range of the file's bytes (without its
/// line end) and where it is in the file. Parsing works on bytes, not
/// `Character`s: every marker is ASCII, and a 10 MB article must parse in a
/// blink.
struct SourceLine {
    /// Byte range in the body's buffer.
    var start: Int
    var end: Int
    /// 1-based line in the file.
    var number: Int
    /// Columns of space in front of `start` that are not in the buffer: what is
    /// left of a tab when only part of it was consumed as indentation.
    var virtualSpaces = 0

    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    func isBlank(_ bytes: [UInt8]) -> Bool {
        var i = start
        while i < end {
            if bytes[i] != Self.space && bytes[i] != Self.tab { return false }
            i += 1
        }
        return true
    }

    /// Columns of leading white space (a tab counts to the next multiple of 4, as in CommonMark).
    func indent(_ bytes: [UInt8]) -> Int {
        var columns = virtualSpaces
        var i = start
        while i < end {
            if bytes[i] == Self.space { columns += 1 } else if bytes[i] == Self.tab { columns += 4 - columns % 4 } else { break }
            i += 1
        }
        return columns
    }

    /// The line with `columns` columns of leading white space removed (or all
    /// of it, when there is less).
    func dropping(columns: Int, _ bytes: [UInt8]) -> SourceLine {
        var line = self
        var removed = 0
        let fromVirtual = min(virtualSpaces, columns)
        line.virtualSpaces -= fromVirtual
        removed = fromVirtual
        while line.start < end, removed < columns {
            let byte = bytes[line.start]
            if byte == Self.space {
                removed += 1
            } else if byte == Self.tab {
                let width = 4 - (removed + (virtualSpaces - fromVirtual)) % 4
                removed += width
                // A tab that spans past the cut leaves its remaining columns as spaces.
                if removed > columns { line.virtualSpaces += removed - columns }
            } else {
                break
            }
            line.start += 1
        }
        return line
    }

    /// The byte range without leading and trailing spaces and tabs.
    func trimmed(_ bytes: [UInt8]) -> Range<Int> {
        var s = start, e = end
        while s < e, bytes[s] == Self.space || bytes[s] == Self.tab { s += 1 }
        while e > s, bytes[e - 1] == Self.space || bytes[e - 1] == Self.tab { e -= 1 }
        return s..<e
    }

    /// The first byte after the indentation, or nil at the end of the line.
    func firstNonSpace(_ bytes: [UInt8]) -> Int? {
        var i = start
        while i < end, bytes[i] == Self.space || bytes[i] == Self.tab { i += 1 }
        return i < end ? i : nil
    }
}

enum SourceLines {
    /// The lines of `bytes[range]`, where `range` starts at a line start and
    /// ends at one or at the end: the lines `split(bytes)` has there, with
    /// the file's last line when the range reaches the end.
    static func split(_ bytes: [UInt8], in range: Range<Int>, firstLineNumber: Int) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = range.lowerBound
        var number = firstLineNumber
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // memchr finds the next line end many bytes at a time: a 10 MB article is split in about a millisecond.
            while start < range.upperBound, let found = memchr(base + start, 0x0A, range.upperBound - start) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let end = i > start && buffer[i - 1] == UInt8(ascii: "\r") ? i - 1 : i
                lines.append(SourceLine(start: start, end: end, number: number))
                number += 1
                start = i + 1
            }
        }
        if range.upperBound == bytes.count {
            let end = bytes.count > start && bytes[bytes.count - 1] == UInt8(ascii: "\r") ? bytes.count - 1 : bytes.count
            lines.append(SourceLine(start: start, end: end, number: number))
        }
        return lines
    }

    /// Splits at "\n" (dropping a "\r" before it), so line numbers agree with editors.
    static func split(_ bytes: [UInt8], firstLineNumber: Int = 1) -> [SourceLine] {
        split(bytes, in: 0 ..< bytes.count, firstLineNumber: firstLineNumber)
    }
}
