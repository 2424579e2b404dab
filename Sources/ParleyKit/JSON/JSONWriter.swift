/// Writes `JSONValue` the way the project's files are written: two-space
/// indentation, keys in their order, UTF-8 kept as is (only what JSON requires
/// is escaped), so files stay readable in a diff.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: true, into: &out)
        out.append("\n")
        return out
    }

    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: false, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let digits): out.append(digits)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append("[]"); return }
            out.append("[")
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1, pretty: pretty, into: &out)
                write(element, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out.append("]")
        case .object(let object):
            if object.members.isEmpty { out.append("{}"); return }
            out.append("{")
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1, pretty: pretty, into: &out)
                writeString(member.key, into: &out)
                out.append(pretty ? ": " : ":")
                write(member.value, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out.append("}")
        }
    }

    private static func newline(_ indent: Int, pretty: Bool, into out: inout String) {
        guard pretty else { return }
        out.append("\n")
        out.append(String(repeating: "  ", count: indent))
    }

    private static func writeString(_ s: String, into out: inout String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}":
                // Controls are escaped even where JSON allows them raw, so that
                // `cat` of a reactions file cannot drive the terminal either.
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
