// TEMPORARY: replaced by the full implementation on the text-width branch.
public enum Sanitizer {
    public static func sanitizeLine(_ text: String, tabWidth: Int = 8, startColumn: Int = 0) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        var column = startColumn
        for s in text.unicodeScalars {
            if s == "\t" { let n = tabWidth - column % tabWidth; out.append(contentsOf: String(repeating: " ", count: n).unicodeScalars); column += n; continue }
            if s.value < 0x20 { out.append(Unicode.Scalar(0x2400 + s.value)!) } else if s.value == 0x7F { out.append("\u{2421}") } else { out.append(s) }
            column += 1
        }
        return String(out)
    }
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    }
}
