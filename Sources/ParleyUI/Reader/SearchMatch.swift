/// One occurrence of the search pattern: a line of the layout and the
/// columns it covers there.
public struct SearchMatch: Equatable, Sendable {
    public var line: Int
    /// First column, from the start of the line.
    public var start: Int
    /// Column after the last.
    public var end: Int

    public init(line: Int, start: Int, end: Int) {
        self.line = line
        self.start = start
        self.end = end
    }
}
