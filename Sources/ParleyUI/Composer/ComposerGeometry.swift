/// Where the composer puts its parts on a screen of a given size. Tall
/// screens get rules around the text and three rows for a message (a
/// refusal names a folder and a file); short ones
/// give every row they can to the text, and the smallest keep the text and
/// the status line.
public struct ComposerGeometry: Equatable, Sendable {
    /// Column where the title, the name and the text start.
    public let left: Int
    /// Columns of the text area: the reader's readable measure at most.
    public let width: Int
    public let titleRow: Int?
    public let nameRow: Int?
    /// Rules above and below the text, on tall screens.
    public let ruleRows: [Int]
    public let textTop: Int
    public let textRows: Int
    public let messageRows: Range<Int>
    public let statusRow: Int

    /// From this height on there is room for rules and a three-row message.
    static let roomyHeight = 12

    public init(size: GridSize) {
        width = max(1, min(ReaderGeometry.readableMeasure, size.width - 2))
        left = max(0, (size.width - width) / 2)
        let height = size.height
        statusRow = height - 1
        switch height {
        case Self.roomyHeight...:
            titleRow = 0
            nameRow = 1
            ruleRows = [2, height - 5]
            textTop = 3
            textRows = height - 8
            messageRows = height - 4 ..< height - 1
        case 6...:
            titleRow = 0
            nameRow = 1
            ruleRows = []
            textTop = 2
            textRows = height - 4
            messageRows = height - 2 ..< height - 1
        case 4...:
            titleRow = nil
            nameRow = 0
            ruleRows = []
            textTop = 1
            textRows = height - 3
            messageRows = height - 2 ..< height - 1
        case 3:
            titleRow = nil
            nameRow = nil
            ruleRows = []
            textTop = 0
            textRows = 1
            messageRows = 1 ..< 2
        default:
            titleRow = nil
            nameRow = nil
            ruleRows = []
            textTop = 0
            textRows = height - 1
            messageRows = 0 ..< 0
        }
    }
}
