/// A size in terminal cells.
public struct GridSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    /// Never smaller than 1x1: a terminal shrunk to nothing still gets a grid.
    public init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }

    public var description: String { "\(width)x\(height)" }
}

/// A cell position: row from the top, column from the left, both from 0.
public struct GridPoint: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
