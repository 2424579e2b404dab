/// A layout as plain text: what `parley show` prints for pipes, scripts and
/// screen readers. Lines keep their indentation; trailing spaces are dropped.
public enum PlainTextRenderer {
    /// The lines from `first` on (`parley reactions` prints the reactions section).
    public static func render(_ layout: ArticleLayout, from first: Int = 0) -> String {
        var out = ""
        for line in layout.lines[min(max(0, first), layout.lines.count)...] {
            var text = line.text
            while text.last == " " { text.removeLast() }
            out += text
            out += "\n"
        }
        return out
    }
}
