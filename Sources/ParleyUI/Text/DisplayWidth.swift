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
        wcwidth(scalar.value)
    }

    /// Columns of one grapheme cluster (Swift Character), as wcwidth.wcswidth measures it (ZWJ
    /// sequences = 2, VS16 makes narrow emoji wide, regional-indicator pair = 2, skin-tone
    /// modifiers absorbed, spacing marks +1, ...). Never negative: a cluster containing a control
    /// counts that control as 0 (callers sanitize first).
    public static func of(_ character: Character) -> Int {
        let string = String(character)
        let width = string.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            let (value, length) = decode(bytes, at: 0)
            if length == bytes.count {  // one scalar: its wcwidth, a control counting 0
                return max(0, wcwidth(value))
            }
            return clusterWidth(DecodedScalars(bytes: bytes, position: 0, end: bytes.count))
        }
        return width ?? clusterWidth(character.unicodeScalars.lazy.map(\.value))
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
    /// wcwidth() of a code point.
    @inline(__always)
    static func wcwidth(_ value: UInt32) -> Int {
        if value < 0x7F {
            if value >= 0x20 { return 1 }
            return value == 0 ? 0 : -1
        }
        if value < 0xA0 { return -1 }
        let columns = Int(properties(of: value) & WidthTables.widthMask)
        return columns == 3 ? -1 : columns
    }

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

    /// wcwidth 0.7.0's `wcswidth()` over the scalar values of one cluster, branch for branch.
    /// The names in comments are the Python variables.
    static func clusterWidth<Values: Sequence<UInt32>>(_ values: Values) -> Int {
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

        for value in values {
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
            // A consonant after a virama forms a conjunct: instead of its own width it adds one
            // column later (before the next measured character, at the end, or not at all when a
            // spacing mark follows and adds its column instead).
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
    /// Segmenting into grapheme clusters is the slow part, and mostly unnecessary. Call a scalar
    /// *simple* when it is printable, not zero-width, and neither a regional indicator nor a
    /// skin tone. Unless a ZWJ right before it hides it, `clusterWidth` adds a simple scalar's
    /// width and leaves its state exactly as if the cluster had begun with that scalar. So a
    /// stretch of simple scalars is as wide as the sum of their widths however it is
    /// clustered, and measuring may restart at a simple scalar as if a cluster began there,
    /// even inside a cluster, when no ZWJ precedes it. The text is scanned byte by byte; at a
    /// scalar that is not simple, the clusters from the simple scalar before it (or from the
    /// start of the scan, a cluster boundary) through the cluster holding it are measured one
    /// by one. `Sanitizer` relies on this too, restarting at a space.
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
            // Clusters from `resume` through the one holding the scalar at `stop`.
            let utf8 = text.utf8
            let rest = Substring(text.unicodeScalars[utf8.index(utf8.startIndex, offsetBy: scan.resume)...])
            var index = rest.startIndex
            var position = scan.resume
            repeat {
                let next = rest.index(after: index)
                let end = position + utf8.distance(from: index, to: next)
                total += clusterWidth(DecodedScalars(bytes: bytes, position: position, end: end))
                index = next
                position = end
            } while position <= stop
            offset = position
        }
        return total
    }

    /// Scans simple scalars from `start`, a cluster boundary. When all the rest is simple,
    /// returns its width and `stop` nil. Otherwise `stop` is the offset of the first scalar that
    /// is not simple, `resume` the offset of the simple scalar before it (or `start`), and
    /// `width` the width of the scalars before `resume`.
    @inline(__always)
    private static func simpleStretch(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (width: Int, resume: Int, stop: Int?) {
        var index = start
        var width = 0
        var resume = start
        var widthBeforeResume = 0
        while index < bytes.count {
            if bytes[index] &- 0x20 < 0x5F {  // printable ASCII: a run of them
                let runStart = index
                repeat {
                    index += 1
                } while index < bytes.count && bytes[index] &- 0x20 < 0x5F
                width += index - runStart
                resume = index - 1
                widthBeforeResume = width - 1
                continue
            }
            if bytes[index] < 0x80 {  // an ASCII control
                return (widthBeforeResume, resume, index)
            }
            let (value, length) = decode(bytes, at: index)
            let columns = Int(properties(of: value) & WidthTables.widthMask)
            if columns == 0 || columns == 3 || WidthTables.regionalIndicators.contains(value)
                || WidthTables.fitzpatrick.contains(value)
            {
                return (widthBeforeResume, resume, index)
            }
            resume = index
            widthBeforeResume = width
            width += columns
            index += length
        }
        return (width, start, nil)
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8 (a Swift string's), and its length.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
            return (lead, 1)
        }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (value, 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// The scalar values of `bytes[position..<end]`.
    struct DecodedScalars: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int

        mutating func next() -> UInt32? {
            guard position < end else { return nil }
            let (value, length) = decode(bytes, at: position)
            position += length
            return value
        }
    }
}
