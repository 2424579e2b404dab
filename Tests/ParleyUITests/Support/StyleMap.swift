import ParleyUI

/// One character per cell for a row's styles, so a snapshot can show
/// where colour and attributes go in a literal line:
/// ` ` plain, `b` bold, `c` bold cyan (questions), `d` dim, `r` reverse,
/// `R` reverse bold, `y` bold black on yellow (current match),
/// `m` reverse bold underline (current match without colour),
/// `i` italic, `u` underline, `e` bold white on red (errors),
/// `n` bold red (notices in the text), `g` bold green (the add line),
/// `D` dim reversed (the marked reaction's date), `?` other.
enum StyleMap {
    static func row(_ grid: CellGrid, _ row: Int) -> String {
        String(grid.row(row).map { symbol($0.style) })
    }

    static func symbol(_ style: CellStyle) -> Character {
        switch (style.foreground, style.background, style.attributes) {
        case (.default, .default, []): " "
        case (.default, .default, .bold): "b"
        case (.cyan, .default, .bold): "c"
        case (.cyan, .default, []): "C"
        case (.default, .default, .dim): "d"
        case (.default, .default, .reverse): "r"
        case (.default, .default, [.reverse, .bold]): "R"
        case (.black, .yellow, .bold): "y"
        case (.default, .default, [.reverse, .bold, .underline]): "m"
        case (.default, .default, .italic): "i"
        case (.default, .default, .underline): "u"
        case (.white, .red, .bold): "e"
        case (.red, .default, .bold): "n"
        case (.default, .default, [.reverse, .dim]): "D"
        case (.green, .default, .bold): "g"
        default: "?"
        }
    }
}
