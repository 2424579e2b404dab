/// Terminal column widths, agreeing with Python's `wcwidth` package (the version and
/// Unicode version are in `WidthTables`). East Asian Ambiguous characters are narrow.
///
/// `of(_: Character)` ports wcwidth's `wcswidth()` (`_wcswidth.py` of wcwidth 0.7.0) to the
/// scalars of one grapheme cluster; `of(_: String)` is the sum over the string's clusters.
/// That sum equals `wcwidth.wcswidth(s)` except where wcswidth's state crosses a cluster
/// boundary, and for controls (wcswidth gives -1 for the whole string, this counts 0):
///
/// - a ZWJ that ends a cluster: wcswidth skips whatever character follows a ZWJ, so
///   `"x\u{200D}a"` is 1 for wcswidth and 2 here (the terminal does draw the `a`);
/// - a cluster that starts with a zero-width character (after a control-like format
///   character such as U+00AD or U+200B, or an orphan Hangul vowel jamo): wcswidth applies
///   a VS16, spacing mark or skin tone there to the base of an earlier cluster;
/// - a virama ending one cluster before a consonant starting the next: wcswidth joins them.
///
/// Tests/ParleyUITests/Fixtures/wcwidth-strings.txt marks every such string (`diverges:`).
public enum DisplayWidth {
    /// wcwidth() of one code point: -1 for C0/C1 controls (like wcwidth), 0 zero-width, 1, or 2.
    /// As in wcwidth, U+0000 is 0, not -1.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F {
            if value >= 0x20 { return 1 }
            return value == 0 ? 0 : -1
        }
        if value < 0xA0 { return -1 }
        let columns = Int(properties(of: value) & WidthTables.widthMask)
        return columns == 3 ? -1 : columns
    }

    /// Columns of one grapheme cluster (Swift Character), as wcwidth.wcswidth measures it (ZWJ
    /// sequences = 2, VS16 makes narrow emoji wide, regional-indicator pair = 2, skin-tone
    /// modifiers absorbed, spacing marks +1, ...). Never negative: a cluster containing a control
    /// counts that control as 0 (callers sanitize first).
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first {
            return byte >= 0x20 && byte < 0x7F ? 1 : 0
        }
        return clusterWidth(character.unicodeScalars)
    }

    /// Sum over the grapheme clusters of the string (never negative).
    @inlinable
    public static func of<S: StringProtocol>(_ string: S) -> Int {
        if let substring = string as? Substring {
            return width(of: substring)
        }
        if let whole = string as? String {
            return width(of: whole[...])
        }
        return width(of: String(string)[...])
    }
}

// MARK: - One cluster: wcwidth's wcswidth()

extension DisplayWidth {
    /// The property bits of a code point (see `WidthTables`): two-stage table lookup.
    @inline(__always)
    static func properties(of value: UInt32) -> UInt8 {
        let block = Int(value >> WidthTables.blockShift)
        let number = WidthTables.blockIndex.withUTF8Buffer { index in
            hexDigit(index[2 &* block]) << 4 | hexDigit(index[2 &* block &+ 1])
        }
        let entry = number << WidthTables.blockShift | Int(value & WidthTables.blockMask)
        return WidthTables.blocks.withUTF8Buffer { $0[entry] } &- WidthTables.characterBase
    }

    @inline(__always)
    private static func hexDigit(_ character: UInt8) -> Int {
        Int(character <= 0x39 ? character &- 0x30 : character &- 0x37)
    }

    static func isEmojiZWJBase(_ value: UInt32) -> Bool {
        let pairs = WidthTables.emojiZWJBases
        var low = 0
        var high = pairs.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value > pairs[2 * middle + 1] {
                low = middle + 1
            } else if value < pairs[2 * middle] {
                high = middle - 1
            } else {
                return true
            }
        }
        return false
    }

    /// wcwidth 0.7.0's `wcswidth()` over the scalars of one cluster, branch for branch.
    /// The names in comments are the Python variables.
    static func clusterWidth<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Int {
        var total = 0
        // last_measured_idx: the last character that added width, while VS16 and spacing marks
        // may still apply to it (they clear it).
        var lastMeasured: UInt32?
        // last_measured_ucs: the last measured character, for skin-tone modifiers.
        var lastMeasuredScalar: UInt32?
        var lastWasVirama = false
        var conjunctPending = false
        // wcswidth steps over the character after a ZWJ (`idx += 2`).
        var skipNext = false
        // Regional indicators immediately before this scalar, skipped ones included
        // (wcswidth looks back over the raw string).
        var regionalIndicatorsBefore = 0

        for scalar in scalars {
            let value = scalar.value
            let isRegionalIndicator = WidthTables.regionalIndicators.contains(value)
            defer { regionalIndicatorsBefore = isRegionalIndicator ? regionalIndicatorsBefore + 1 : 0 }

            if skipNext {
                skipNext = false
                continue
            }
            // ZWJ: after a virama it only continues the conjunct; otherwise it hides the next character.
            if value == 0x200D {
                if !lastWasVirama {
                    skipNext = true
                }
                continue
            }
            // VS16 turns the preceding narrow character (if it has an emoji presentation) wide.
            if value == 0xFE0F, let base = lastMeasured {
                if properties(of: base) & WidthTables.vs16Wide != 0 {
                    total += 1
                }
                lastMeasured = nil
                continue
            }
            if value > 0xFFFF {
                if isRegionalIndicator {
                    // The second of a pair adds nothing.
                    if regionalIndicatorsBefore % 2 == 1 {
                        lastMeasuredScalar = value
                        continue
                    }
                } else if WidthTables.fitzpatrick.contains(value),
                    let base = lastMeasuredScalar, isEmojiZWJBase(base)
                {
                    continue
                }
            }
            let properties = properties(of: value)
            // A consonant after a virama forms a conjunct: one extra column, counted later.
            if lastWasVirama, properties & WidthTables.consonant != 0 {
                lastMeasured = value
                lastMeasuredScalar = value
                lastWasVirama = false
                conjunctPending = true
                continue
            }
            // wcwidth(); a control (-1) ends wcswidth with -1: here it is a zero-width character.
            let columns = Int(properties & WidthTables.widthMask)
            if columns == 1 || columns == 2 {
                if conjunctPending {
                    total += 1
                    conjunctPending = false
                }
                total += columns
                lastMeasured = value
                lastMeasuredScalar = value
                lastWasVirama = false
            } else if lastMeasured != nil, properties & WidthTables.spacingMark != 0 {
                // A spacing combining mark after a base adds a column.
                total += 1
                lastMeasured = nil
                lastWasVirama = false
                conjunctPending = false
            } else {
                lastWasVirama = properties & WidthTables.virama != 0
            }
        }
        if conjunctPending {
            total += 1
        }
        return total
    }
}

// MARK: - Strings: sum over clusters, without segmenting simple text

extension DisplayWidth {
    /// Sums the widths of the clusters of `text`.
    ///
    /// Segmenting into grapheme clusters is the slow part, and for most text unnecessary:
    /// a scalar that is printable, not zero-width and neither a regional indicator nor a skin
    /// tone takes part in none of wcswidth's rules, so a stretch of only such scalars is
    /// as wide as the sum of their widths however it is clustered. Such stretches are summed
    /// byte by byte; only around other scalars are clusters formed.
    @usableFromInline
    static func width(of text: Substring) -> Int {
        if let total = text.utf8.withContiguousStorageIfAvailable({ width(of: text, utf8: $0) }) {
            return total
        }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    private static func width(of text: Substring, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var offset = 0  // always at a cluster boundary
        while offset < bytes.count {
            let scan = simpleStretch(bytes, from: offset)
            total += scan.width
            guard let stop = scan.stop else { break }
            // Measure cluster by cluster from `resume` (a boundary) through the cluster holding
            // the scalar at `stop`, then go back to the fast scan.
            let utf8 = text.utf8
            let resume = utf8.index(utf8.startIndex, offsetBy: scan.resume)
            let stopIndex = utf8.index(resume, offsetBy: stop - scan.resume)
            let rest = Substring(text.unicodeScalars[resume...])
            var index = rest.startIndex
            while index <= stopIndex {
                let next = rest.index(after: index)
                total += clusterWidth(rest.unicodeScalars[index..<next])
                index = next
            }
            offset = utf8.distance(from: utf8.startIndex, to: index)
        }
        return total
    }

    /// Scans from `start` (a cluster boundary) while every scalar is simple (see
    /// `width(of:)`). Returns the width of the whole rest when it is all simple (`stop` nil);
    /// otherwise `stop`, the offset of the first scalar that is not, and `resume`, the
    /// last offset before it known to be a cluster boundary, with `width` the width before it.
    @inline(__always)
    private static func simpleStretch(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (width: Int, resume: Int, stop: Int?) {
        var index = start
        var width = 0
        // Between two printable ASCII characters there is always a cluster boundary.
        var resume = start
        var widthBeforeResume = 0
        var previousWasASCII = true  // `start` is a boundary, whatever precedes it
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F else {
                    return (widthBeforeResume, resume, index)
                }
                if previousWasASCII {
                    resume = index
                    widthBeforeResume = width
                }
                width += 1
                previousWasASCII = true
                index += 1
                continue
            }
            // Valid UTF-8 (a Swift string): the lead byte gives the length.
            let value: UInt32
            let length: Int
            if byte < 0xE0 {
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                length = 2
            } else if byte < 0xF0 {
                value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F)
                length = 3
            } else {
                value = UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                length = 4
            }
            let columns = Int(properties(of: value) & WidthTables.widthMask)
            if columns == 0 || columns == 3 || WidthTables.regionalIndicators.contains(value)
                || WidthTables.fitzpatrick.contains(value)
            {
                return (widthBeforeResume, resume, index)
            }
            width += columns
            previousWasASCII = false
            index += length
        }
        return (width, start, nil)
    }
}
