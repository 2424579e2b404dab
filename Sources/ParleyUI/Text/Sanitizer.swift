// Untrusted text (articles, reactions, names, file names, error messages) never reaches the
// terminal as control characters: every control is drawn as a visible placeholder instead.
//
// Placeholders, one scheme everywhere:
//
// - C0 controls U+0000-U+001F: the Control Pictures character U+2400 + code
//   (NUL -> ␀, BEL -> ␇, BS -> ␈, LF -> ␊, CR -> ␍, ESC -> ␛). DEL U+007F -> ␡ (U+2421).
//   A tab outside an escape sequence is expanded to spaces instead (see `sanitizeLine`).
// - C1 controls U+0080-U+009F, the bidi controls U+202A-U+202E, U+2066-U+2069, U+200E,
//   U+200F, U+061C, and the line/paragraph separators U+2028, U+2029 -> `<U+XXXX>`, the code
//   in uppercase hex, at least 4 digits (`<U+009B>`, `<U+202E>`).
// - An escape sequence stays readable as a whole: ESC (or an 8-bit introducer such as
//   0x9B CSI, 0x9D OSC, 0x90 DCS, 0x9F APC, 0x9E PM, 0x98 SOS) becomes its placeholder, the
//   printable body stays as text, and every control inside or ending it (BEL, ST as ESC \ or
//   0x9C, and a tab) becomes its placeholder too: "\u{1B}[2J" -> "␛[2J",
//   "\u{1B}]52;c;aGk=\u{7}" -> "␛]52;c;aGk=␇". Sequences are tracked as a terminal's parser
//   would (ECMA-48, DEC's VT500 state machine) only so that a tab inside one is shown rather
//   than expanded; the output is inert either way, because no control survives.
// - U+FFFD (what invalid UTF-8 became when the text was decoded) stays as it is.
//
// So the result holds no scalar below U+0020, none in U+007F-U+009F, and no bidi control
// or line separator.

/// Makes untrusted text safe to draw: see the placeholder scheme at the top of this file.
public enum Sanitizer {
    /// One line of untrusted text made safe to draw: every control shown as a visible
    /// placeholder, tabs expanded to the next multiple of `tabWidth` columns counted from
    /// `startColumn`. Newlines (\n, \r, U+2028, U+2029) also become placeholders: callers
    /// split text into lines first.
    ///
    /// `startColumn` is the screen column where the text starts (the text after a prefix
    /// starts at the prefix's width): with the default tab width, `"\tx"` from column 3
    /// becomes 5 spaces and `x` lands on column 8. Columns are measured with `DisplayWidth`.
    /// A `tabWidth` below 1 counts as 1; a negative `startColumn` as 0.
    public static func sanitizeLine(_ text: String, tabWidth: Int = 8, startColumn: Int = 0) -> String {
        if isClean(text) {
            return text
        }
        var line = LineBuilder(tabWidth: max(1, tabWidth), startColumn: max(0, startColumn))
        line.text.reserveCapacity(text.utf8.count + 32)
        var state = ParserState.ground
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex  // scalars kept as they are, not yet appended
        var index = runStart
        while index < scalars.endIndex {
            let value = scalars[index].value
            if needsReplacement(value) {
                line.text.append(contentsOf: Substring(scalars[runStart..<index]))
                state = line.appendReplacement(for: value, in: state)
                index = scalars.index(after: index)
                runStart = index
            } else {
                if state.readsEveryCharacter {
                    state = state.after(printable: value)
                }
                index = scalars.index(after: index)
            }
        }
        line.text.append(contentsOf: Substring(scalars[runStart...]))
        return line.text
    }

    /// True when the text needs no change (fast path: callers skip work for clean text).
    public static func isClean(_ text: String) -> Bool {
        if let clean = text.utf8.withContiguousStorageIfAvailable(isClean(utf8:)) {
            return clean
        }
        return !text.unicodeScalars.contains { needsReplacement($0.value) }
    }

    /// Whether a scalar is replaced (or, for a tab, expanded) by `sanitizeLine`.
    static func needsReplacement(_ value: UInt32) -> Bool {
        if value < 0x20 { return true }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }  // DEL and C1
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `needsReplacement` over UTF-8, byte by byte. Only lead bytes C2, D8 and E2 start a
    /// scalar of interest, and a continuation byte (80-BF) is never one of them.
    private static func isClean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F { return false }
            } else if byte == 0xC2 {  // U+0080-U+00BF
                if bytes[index + 1] < 0xA0 { return false }
            } else if byte == 0xD8 {  // U+0600-U+063F
                if bytes[index + 1] == 0x9C { return false }
            } else if byte == 0xE2 {  // U+2000-U+2FFF
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                if second == 0x80 && (third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third)) {
                    return false  // U+200E, U+200F, U+2028-U+202E
                }
                if second == 0x81 && (0xA6...0xA9).contains(third) {
                    return false  // U+2066-U+2069
                }
            }
            index += 1
        }
        return true
    }

    /// `<U+XXXX>`: uppercase hex, at least four digits.
    static func codePlaceholder(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}

/// Where a terminal's parser would be (ECMA-48 / DEC VT500 state machine, simplified).
private enum ParserState: Equatable {
    /// Ordinary text.
    case ground
    /// After ESC; `intermediates` once bytes 0x20-0x2F followed it.
    case escape(intermediates: Bool)
    /// A control sequence (CSI): parameters and intermediates up to a final byte 0x40-0x7E.
    case controlSequence
    /// A control string (OSC, DCS, APC, PM, SOS), up to ST (ESC \ or 0x9C) or BEL.
    case controlString

    /// Whether printable characters change the state (so they cannot be copied in bulk).
    var readsEveryCharacter: Bool {
        switch self {
        case .escape, .controlSequence: true
        case .ground, .controlString: false
        }
    }

    func after(printable value: UInt32) -> ParserState {
        switch self {
        case .escape(let intermediates):
            if !intermediates {
                switch value {
                case 0x5B: return .controlSequence  // [
                case 0x5D, 0x50, 0x5F, 0x5E, 0x58: return .controlString  // ] P _ ^ X
                default: break
                }
            }
            // Intermediates continue the sequence; a final byte (or anything else) ends it.
            return (0x20...0x2F).contains(value) ? .escape(intermediates: true) : .ground
        case .controlSequence:
            return (0x20...0x3F).contains(value) ? .controlSequence : .ground
        case .ground, .controlString:
            return self
        }
    }
}

/// The sanitised line being built, with enough bookkeeping to expand tabs.
private struct LineBuilder {
    var text = ""
    let tabWidth: Int
    /// Where measuring the columns of `text` resumes (a UTF-8 offset), and the column there.
    /// It is the start, or the last space a tab added: a space (which no ZWJ can hide, as it
    /// never joins a ZWJ's cluster) leaves `DisplayWidth`'s per-cluster state as if a cluster
    /// began there (see `DisplayWidth.width(of:)`), so the column after `text` is
    /// `measuredColumn` plus the width of `text[measuredOffset...]` measured alone, whatever
    /// is appended later.
    private var measuredOffset = 0
    private var measuredColumn: Int

    init(tabWidth: Int, startColumn: Int) {
        self.tabWidth = tabWidth
        measuredColumn = startColumn
    }

    /// Appends the placeholder (or the spaces) for a scalar that `needsReplacement`, and
    /// returns the parser state after it.
    mutating func appendReplacement(for value: UInt32, in state: ParserState) -> ParserState {
        switch value {
        case 0x09 where state == .ground:
            appendTab()
            return state
        case 0x1B:
            appendControlPicture(value)
            return .escape(intermediates: false)
        case 0x18, 0x1A:  // CAN and SUB cancel a sequence
            appendControlPicture(value)
            return .ground
        case 0x07:  // BEL ends a control string (xterm's OSC terminator)
            appendControlPicture(value)
            return state == .controlString ? .ground : state
        case 0x00..<0x20, 0x7F:  // executed inside a sequence without ending it
            appendControlPicture(value)
            return state
        case 0x9B:
            text += Sanitizer.codePlaceholder(value)
            return .controlSequence
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            text += Sanitizer.codePlaceholder(value)
            return .controlString
        case 0x80...0x9F:  // ST (0x9C) and the other C1 controls end any sequence
            text += Sanitizer.codePlaceholder(value)
            return .ground
        default:  // bidi controls and line separators
            text += Sanitizer.codePlaceholder(value)
            return state == .controlString ? state : .ground
        }
    }

    private mutating func appendControlPicture(_ value: UInt32) {
        let picture = value == 0x7F ? 0x2421 : 0x2400 + value
        if let scalar = Unicode.Scalar(picture) {
            text.unicodeScalars.append(scalar)
        }
    }

    private mutating func appendTab() {
        let column = currentColumn()
        let stop = (column / tabWidth + 1) * tabWidth
        text.append(String(repeating: " ", count: stop - column))
        // Measure again from the last space: see `measuredOffset`.
        measuredOffset = text.utf8.count - 1
        measuredColumn = stop - 1
    }

    /// The column after `text`. (A separate function so that no view of `text` is alive while
    /// appending to it, which would copy it.)
    private func currentColumn() -> Int {
        let utf8 = text.utf8
        let tail = Substring(text.unicodeScalars[utf8.index(utf8.startIndex, offsetBy: measuredOffset)...])
        return measuredColumn + DisplayWidth.width(of: tail)
    }
}
