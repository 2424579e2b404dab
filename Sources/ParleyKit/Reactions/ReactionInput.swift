/// A reaction as a person typed it, before it is stored: who, what, and what
/// it answers. `validated()` turns it into what the store writes, or says
/// exactly what is wrong.
public struct ReactionInput: Equatable, Sendable {
    /// Counted in Characters (what a person sees as one letter, emoji or
    /// accented letter), not bytes or code points.
    public static let maximumTextLength = 10_000
    /// Counted in Characters, like the text.
    public static let maximumNameLength = 80

    /// nil or blank: anonymous.
    public var author: String?
    public var text: String
    /// The id of the reaction this one answers.
    public var replyTo: String?

    public init(author: String?, text: String, replyTo: String? = nil) {
        self.author = author
        self.text = text
        self.replyTo = replyTo
    }

    /// The input as it is stored: line ends made `\n`, text and name trimmed,
    /// a blank name made nil. Throws the first rule it breaks. Whether
    /// `replyTo` names an existing reaction is checked by the store, against
    /// the file as it is when the reaction is added.
    public func validated() throws(ReactionInputError) -> ReactionInput {
        // CR LF and lone CR (a Windows file on stdin, a terminal in raw mode)
        // are line ends, not control characters.
        let normalised = Self.normalisingLineEnds(text)
        let leading = normalised.prefix(while: \.isWhitespace)
        let trimmed = Self.trimmed(normalised)
        if trimmed.isEmpty { throw .emptyText }
        let lineOffset = leading.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        var line = 1 + lineOffset
        for scalar in trimmed.unicodeScalars {
            if scalar == "\n" {
                line += 1
            } else if scalar.properties.generalCategory == .control {
                throw .controlCharacterInText(scalar, line: line)
            }
        }
        let length = trimmed.count
        if length > Self.maximumTextLength { throw .textTooLong(characters: length) }

        return ReactionInput(author: try Self.validatedName(author), text: trimmed, replyTo: replyTo)
    }

    /// A name as it is stored: trimmed, nil when blank (anonymous). A name is
    /// one line: every control character, a line break too, is refused.
    public static func validatedName(_ name: String?) throws(ReactionInputError) -> String? {
        guard let name else { return nil }
        let trimmedName = trimmed(name)
        if let control = trimmedName.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            throw .controlCharacterInName(control)
        }
        if let invisible = trimmedName.unicodeScalars.first(where: isInvisible) {
            throw .invisibleCharacterInName(invisible)
        }
        if trimmedName.count > maximumNameLength { throw .nameTooLong(characters: trimmedName.count) }
        return trimmedName.isEmpty ? nil : trimmedName
    }

    /// Characters that show nothing or turn the text around (zero-width
    /// spaces and joiners, direction marks and overrides, the byte order
    /// mark, word joiners): in a name they would make one name look like
    /// another, so a name may not hold them. Only the zero-width joiner and
    /// variation selectors are allowed, for emoji such as 👩‍💻.
    /// docs/reactions-format.md states the rule.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F: return false
        case 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0: return true  // grapheme joiner, Hangul fillers
        default:
            return scalar.properties.generalCategory == .format || scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    static func normalisingLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r" {
                out.append("\n")
                if pending == "\n" { pending = scalars.next() }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }
}

/// Why a reaction was refused before it was stored. The words for each case
/// are in ParleyUI (`Catalogue.message(_:)`), in every language.
public enum ReactionInputError: Error, Equatable, Sendable {
    case emptyText
    case textTooLong(characters: Int)
    /// A control character other than a line break, and the line (1-based, as typed) it is on.
    case controlCharacterInText(Unicode.Scalar, line: Int)
    case nameTooLong(characters: Int)
    case controlCharacterInName(Unicode.Scalar)
    /// An invisible or direction-changing character (`ReactionInput.isInvisible`).
    case invisibleCharacterInName(Unicode.Scalar)
    /// `replyTo` names no reaction of the article.
    case unknownReply(String)

    /// `U+0009 TAB`: a person can find it, and the message itself stays printable.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [0x00: "NUL", 0x09: "TAB", 0x0A: "LINE FEED", 0x0B: "VERTICAL TAB", 0x0C: "FORM FEED", 0x1B: "ESC", 0x7F: "DEL", 0x85: "NEXT LINE"]
        return names[scalar.value].map { "\(code) \($0)" } ?? code
    }
}
