@testable import ParleyUI

/// A `PaintBackend` that records what would be written instead of writing
/// it (after ratatui's `TestBackend`): the painter's diff, tested without a
/// terminal. Its character library agrees with `DisplayWidth` unless a test
/// says otherwise in `libraryWidths`.
struct TestBackend: PaintBackend {
    enum Call: Equatable, CustomStringConvertible {
        case put(String, row: Int, column: Int, style: CellStyle)
        case cursorVisible(Bool)
        case moveCursor(GridPoint)

        var description: String {
            switch self {
            case .put(let text, let row, let column, let style):
                "put(\(text.debugDescription), \(row),\(column)\(style == .plain ? "" : ", \(style)"))"
            case .cursorVisible(let visible): "cursorVisible(\(visible))"
            case .moveCursor(let point): "moveCursor(\(point.row),\(point.column))"
            }
        }
    }

    var calls: [Call] = []
    var libraryWidths: [Unicode.Scalar: Int] = [:]

    /// The characters written, in order, with their places: the calls
    /// without the cursor.
    var puts: [Call] {
        calls.filter { if case .put = $0 { true } else { false } }
    }

    func libraryWidth(of scalar: Unicode.Scalar) -> Int {
        libraryWidths[scalar] ?? DisplayWidth.of(scalar)
    }

    mutating func put(_ character: String, row: Int, column: Int, style: CellStyle) {
        calls.append(.put(character, row: row, column: column, style: style))
    }

    mutating func setCursorVisible(_ visible: Bool) {
        calls.append(.cursorVisible(visible))
    }

    mutating func moveCursor(to point: GridPoint) {
        calls.append(.moveCursor(point))
    }
}
