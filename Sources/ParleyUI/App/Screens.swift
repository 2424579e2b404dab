/// The screens that are open, bottom to top: the library (absent when parley
/// was started on one article), the reader over it, the composer over the
/// reader. Overlays (`AppState.overlay`) lie on top of whichever is uppermost.
///
/// One value instead of three optionals: a composer without a reader, or no
/// screen at all, cannot be written down, and which screen takes the keys is
/// the case, not a precedence worked out again wherever it is needed.
public enum Screens: Sendable {
    case library(LibraryState)
    case reader(ReaderState, over: LibraryState?)
    case composer(ComposerState, over: ReaderState, library: LibraryState?)

    /// The uppermost screen: the one that takes the keys and fills the grid.
    public var top: AppState.Screen {
        switch self {
        case .library: .library
        case .reader: .reader
        case .composer: .composer
        }
    }

    public var library: LibraryState? {
        switch self {
        case .library(let library): library
        case .reader(_, let library), .composer(_, _, let library): library
        }
    }

    public var reader: ReaderState? {
        switch self {
        case .library: nil
        case .reader(let reader, _), .composer(_, let reader, _): reader
        }
    }

    public var composer: ComposerState? {
        if case .composer(let composer, _, _) = self { return composer }
        return nil
    }
}

extension AppState {
    /// The library under whatever is open; changing it keeps what is over it.
    public internal(set) var library: LibraryState? {
        get { screens.library }
        set {
            // The library is never closed: nil only says there was none.
            guard let newValue else { return }
            switch screens {
            case .library: screens = .library(newValue)
            case .reader(let reader, _): screens = .reader(reader, over: newValue)
            case .composer(let composer, let reader, _): screens = .composer(composer, over: reader, library: newValue)
            }
        }
    }

    /// The article being read. Setting one opens it over the library (or
    /// replaces the one open, under the composer); nil closes the reader and
    /// what is over it, back to the library.
    public internal(set) var reader: ReaderState? {
        get { screens.reader }
        set {
            switch (screens, newValue) {
            case (.library(let library), let reader?): screens = .reader(reader, over: library)
            case (.reader(_, let library), let reader?): screens = .reader(reader, over: library)
            case (.composer(let composer, _, let library), let reader?): screens = .composer(composer, over: reader, library: library)
            case (.library, nil): break
            case (.reader(_, let library?), nil), (.composer(_, _, let library?), nil): screens = .library(library)
            // Started on one article: there is nothing under the reader to go back to
            // (`back` quits instead).
            case (.reader, nil), (.composer, nil): break
            }
        }
    }

    /// A reaction being written to the reader's article. Setting one opens it
    /// over the reader; there is no composer without a reader, so on the
    /// library alone setting one does nothing. nil closes it.
    public internal(set) var composer: ComposerState? {
        get { screens.composer }
        set {
            switch (screens, newValue) {
            case (.reader(let reader, let library), let composer?), (.composer(_, let reader, let library), let composer?):
                screens = .composer(composer, over: reader, library: library)
            case (.composer(_, let reader, let library), nil): screens = .reader(reader, over: library)
            case (.library, _), (.reader, nil): break
            }
        }
    }
}
