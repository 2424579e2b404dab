// TEMPORARY: replaced by the generated-table implementation on the text-width branch.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { return -1 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{200D}" || scalar == "\u{FE0F}" { return 0 }
        if (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
            || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) || (0x1F300...0x1FAFF).contains(scalar.value) { return 2 }
        return 1
    }
    public static func of(_ character: Character) -> Int {
        var width = 0
        for s in character.unicodeScalars { let w = of(s); if w > 0 { width = max(width, w) } }
        return width
    }
    public static func of<S: StringProtocol>(_ string: S) -> Int {
        string.reduce(0) { $0 + of($1) }
    }
}
