/// What the painter needs from a terminal, and no more: the painter decides
/// what to write and where; a backend only carries it out. ncurses is one
/// (`CursesBackend` in ParleyTerminal); the tests record the calls instead.
///
/// Every call is in grid coordinates. Nothing reaches the screen until the
/// caller flushes the backend its own way (ncurses: `doupdate`).
public protocol PaintBackend {
    /// Columns the terminal's character library gives one scalar: -1 (not
    /// printable), 0 (combining), 1 or 2. It can disagree with
    /// `DisplayWidth`, which laid the grid out; the painter then keeps the
    /// layout's columns.
    func libraryWidth(of scalar: Unicode.Scalar) -> Int

    /// Puts one character (a spacing scalar and at most four zero-width ones
    /// after it) at `column` of `row`, in `style`.
    mutating func put(_ character: String, row: Int, column: Int, style: CellStyle)

    /// Shows or hides the terminal's cursor.
    mutating func setCursorVisible(_ visible: Bool)

    /// Leaves the terminal's cursor at `point`.
    mutating func moveCursor(to point: GridPoint)

    /// A grid of `size` is about to be painted: a backend that keeps its own
    /// copy of the screen makes it that size.
    mutating func prepare(size: GridSize)
}

extension PaintBackend {
    public mutating func prepare(size: GridSize) {}
}
