/// Fitting one line of text into a number of columns.
enum TextFit {
    /// `text` (sanitised) in at most `width` columns, ending in `ellipsis`
    /// when it had to be cut.
    static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        let clean = Sanitizer.sanitizeLine(text)
        guard width > 0 else { return "" }
        if DisplayWidth.of(clean) <= width { return clean }
        let mark = DisplayWidth.of(ellipsis) < width ? ellipsis : ""
        let room = width - DisplayWidth.of(mark)
        var out = ""
        var used = 0
        for character in clean {
            let columns = max(0, DisplayWidth.of(character))
            if used + columns > room { break }
            out.append(character)
            used += columns
        }
        while out.last == " " { out.removeLast() }
        return out + mark
    }

    /// `text` padded with spaces on the left to `width` columns.
    static func rightAligned(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
