/// A layout as plain text: what `parley show` prints for pipes, scripts and
/// screen readers. Lines keep their indentation; trailing spaces are dropped.
public enum PlainTextRenderer {
    public static func render(_ layout: ArticleLayout) -> String {
        var out = ""
        for line in layout.lines {
            var text = line.text
            while text.last == " " { text.removeLast() }
            out += text
            out += "\n"
        }
        return out
    }
}
