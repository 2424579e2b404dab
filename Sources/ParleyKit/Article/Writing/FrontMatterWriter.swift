/// Writes front matter that `FrontMatterParser` reads back to the same fields:
/// a value stays plain when it is a simple phrase, and is double-quoted (with
/// `\"`, `\\`, `\n`, `\t` and `\u` escapes) when YAML could read it as
/// anything else.
enum FrontMatterWriter {
    static func render(_ metadata: ArticleMetadata) -> String {
        var out = "---\n"
        for field in metadata.fields {
            out += field.key + ": " + value(field.value) + "\n"
        }
        out += "---\n"
        return out
    }

    /// Words YAML reads as booleans or null: quoted so no YAML tool retypes them.
    private static let keywords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~"]

    static func value(_ value: String) -> String {
        isPlain(value) ? value : quoted(value)
    }

    /// Longer values are quoted: a plain value must be checked for ": " and
    /// " #" by every reader, a quoted one is read in one pass.
    static let plainLength = 200

    static func isPlain(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first.properties.isAlphabetic, !Self.joinsThePrevious(first),
              let last = value.unicodeScalars.last, !last.properties.isWhitespace, last != ":",
              value.utf8.count <= plainLength, !keywords.contains(value.lowercased()) else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"", "\\", "'", "\t", "\u{2028}", "\u{2029}": return false
            case " " where previous == ":": return false
            case "#" where previous == " ": return false
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): return false
            default: break
            }
            previous = scalar
        }
        return true
    }

    static func quoted(_ value: String) -> String {
        // Built as UTF-8 bytes: a title can be megabytes long (a text that is one line).
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(value.utf8.count + 2)
        for (offset, scalar) in value.unicodeScalars.enumerated() {
            switch scalar {
            // A mark at the start would join the opening quote into one
            // character, which the reader then does not see as a quote.
            case _ where offset == 0 && Self.joinsThePrevious(scalar):
                bytes += Array(Self.escaped(scalar).utf8)
            case "\"": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case "\\": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case "\n": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case "\t": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}":
                bytes += Array(Self.escaped(scalar).utf8)
            default:
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `\u` and four hex digits, or `\U` and eight past U+FFFF.
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let (prefix, digits) = scalar.value > 0xFFFF ? ("\\U", 8) : ("\\u", 4)
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return prefix + String(repeating: "0", count: digits - hex.count) + hex
    }

    /// A scalar that cannot start a character: it joins the one before it
    /// (a combining or spacing mark, a zero-width joiner, an emoji modifier).
    /// After `: ` or `"` it would hide the space or the quote from a reader
    /// that reads characters, as `FrontMatterParser` does.
    static func joinsThePrevious(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isGraphemeExtend || scalar == "\u{200D}" || properties.isEmojiModifier
        }
    }
}
