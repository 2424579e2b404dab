/// One terminal cell. A wide character (CJK, most emoji) takes two: the
/// first holds it (`width` 2), the second is its continuation (`width` 0)
/// and draws nothing of its own.
public struct Cell: Equatable, Sendable {
    /// One grapheme cluster, already sanitised; " " for an empty cell.
    public var character: Character
    /// Columns the character takes: 1 or 2, or 0 for a continuation cell.
    public var width: UInt8
    public var style: CellStyle

    public init(_ character: Character, width: UInt8 = 1, style: CellStyle = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static func blank(_ style: CellStyle = .plain) -> Cell {
        Cell(" ", width: 1, style: style)
    }

    static func continuation(_ style: CellStyle) -> Cell {
        Cell(" ", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }

    /// The character's byte when it is one byte of UTF-8 (ASCII). Cheaper
    /// than comparing Characters, which the painter would do for every cell.
    var singleByte: UInt8? {
        let utf8 = character.utf8
        return utf8.count == 1 ? utf8.first : nil
    }
}
