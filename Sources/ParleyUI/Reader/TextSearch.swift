/// Finds a pattern in the lines of a layout, as less does: line by line,
/// ignoring case unless the pattern has a capital ("smart case").
enum TextSearch {
    static func matches(of pattern: String, in layout: ArticleLayout) -> [SearchMatch] {
        guard !pattern.isEmpty else { return [] }
        let caseSensitive = pattern != pattern.lowercased()
        let needle = fold(pattern, caseSensitive: caseSensitive)
        var found: [SearchMatch] = []
        for (index, line) in layout.lines.enumerated() {
            let characters = Array(line.text)
            guard characters.count >= needle.count else { continue }
            let folded = caseSensitive ? characters.map(String.init) : characters.map { $0.lowercased() }
            var columns = [0]
            columns.reserveCapacity(characters.count + 1)
            for character in characters { columns.append(columns[columns.count - 1] + max(0, DisplayWidth.of(character))) }
            var start = 0
            while start + needle.count <= folded.count {
                if folded[start] == needle[0] && folded[start ..< start + needle.count].elementsEqual(needle) {
                    found.append(SearchMatch(line: index, start: columns[start], end: columns[start + needle.count]))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    private static func fold(_ text: String, caseSensitive: Bool) -> [String] {
        caseSensitive ? text.map(String.init) : text.map { $0.lowercased() }
    }
}
