// ParleyUI: terminal-free text layout, cell grid, views and app state.
import ParleyKit
