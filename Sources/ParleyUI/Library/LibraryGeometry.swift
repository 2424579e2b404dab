/// Where the library screen puts things: a header, a notice line, the
/// list, the status line. Tiny terminals keep only the list and status.
public struct LibraryGeometry: Equatable, Sendable {
    /// Row of the header; nil when there is no room for it.
    public let headerRow: Int?
    /// Row for a notice (unreadable articles); nil when there is no room.
    public let noticeRow: Int?
    /// First row of the list.
    public let listTop: Int
    /// Rows of the list.
    public let listRows: Int

    public init(size: GridSize) {
        if size.height >= 5 {
            headerRow = 0
            noticeRow = 1
            listTop = 2
        } else {
            headerRow = nil
            noticeRow = nil
            listTop = 0
        }
        listRows = max(0, size.height - 1 - listTop)
    }
}
