/// The file name an article gets from its title: lower-case ASCII letters and
/// digits, runs of anything else as one "-", accents folded
/// ("Thissen: Richt je op regie" -> "thissen-richt-je-op-regie",
/// "Coöperatie in 's-Hertogenbosch" -> "cooperatie-in-s-hertogenbosch").
public enum ArticleSlug {
    public static let maximumLength = 80

    /// nil when the title has no letter or digit that folds to ASCII.
    public static func derive(from title: String) -> String? {
        var slug = ""
        var pendingHyphen = false
        // A slug is short: only the start of a (possibly huge) title matters.
        for scalar in title.unicodeScalars.prefix(maximumLength * 4) {
            let piece: String
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                piece = String(scalar).lowercased()
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if let folded = fold(scalar) {
                piece = folded
            } else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !slug.isEmpty { slug += "-" }
            pendingHyphen = false
            slug += piece
            if slug.count > maximumLength { break }
        }
        if slug.count > maximumLength {
            // Cut after the last whole word that fits (a hyphen right after the
            // limit means the words before it fit exactly).
            let fitting = slug.prefix(maximumLength + 1)
            slug = String(fitting.lastIndex(of: "-").map { fitting[..<$0] } ?? fitting.prefix(maximumLength))
        }
        return slug.isEmpty ? nil : slug
    }

    /// A Latin letter with marks as its base letter(s), from its Unicode name:
    /// "LATIN SMALL LETTER O WITH DIAERESIS" -> "o", "LATIN SMALL LETTER SHARP S" -> "ss",
    /// "LATIN SMALL LIGATURE IJ" -> "ij". The standard library has no
    /// normalisation API, and the names cover every Latin letter.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        guard scalar.properties.isAlphabetic, let name = scalar.properties.name else { return nil }
        let prefixes = ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER ", "LATIN SMALL LIGATURE ", "LATIN CAPITAL LIGATURE "]
        guard let prefix = prefixes.first(where: name.hasPrefix) else { return nil }
        var base = name.dropFirst(prefix.count)
        if let with = base.firstRange(of: " WITH ") { base = base[..<with.lowerBound] }
        switch base {
        case "SHARP S": return "ss"
        case "ETH": return "d"
        case "THORN": return "th"
        case "DOTLESS I": return "i"
        case "DOTLESS J": return "j"
        default:
            guard (1...2).contains(base.count), base.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
            return base.lowercased()
        }
    }
}
