/// Draws the whole app state into a grid: the current screen, then any
/// overlay on top. Reads the state, never changes it; the work is in
/// proportion to the cells of the grid, whatever the article's length.
public enum AppView {
    public static func render(_ state: AppState) -> CellGrid {
        var grid = CellGrid(size: state.size)
        draw(state, into: &grid)
        return grid
    }

    /// Redraws into an existing grid, reusing its storage when the size is unchanged.
    public static func draw(_ state: AppState, into grid: inout CellGrid) {
        if grid.size == state.size {
            grid.clear()
        } else {
            grid = CellGrid(size: state.size)
        }
        // Only the uppermost screen is drawn: each fills the grid.
        switch state.screens {
        case .composer(let composer, _, _): ComposerView.draw(composer, app: state, into: &grid)
        case .reader(let reader, _): ReaderView.draw(reader, app: state, into: &grid)
        case .library(let library): LibraryView.draw(library, app: state, into: &grid)
        }
        switch state.overlay {
        case .help:
            HelpView.draw(app: state, into: &grid)
            grid.cursor = nil
        case .outline(let selected):
            if let reader = state.reader {
                OutlineView.draw(reader, selected: selected, app: state, into: &grid)
            }
            grid.cursor = nil
        case nil:
            break
        }
    }
}
