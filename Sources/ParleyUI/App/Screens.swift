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

/// The only ways the stack changes: `push` opens a screen, `pop` closes the
/// uppermost, `replace` gives an open screen a new state. Each says what it
/// does on every stack, so no caller works out a precedence of its own.
extension Screens {
    /// Opens an article over the library. Whatever was over the library (an
    /// article, its composer) is closed: one article is open at a time.
    /// Started on one article (no library under it), the new one takes its place.
    public mutating func push(_ reader: ReaderState) {
        self = .reader(reader, over: library)
    }

    /// Opens a composer over the reader. There is no composer without a
    /// reader: over the library alone nothing opens, and the answer is false.
    /// A composer already open is replaced.
    @discardableResult
    public mutating func push(_ composer: ComposerState) -> Bool {
        switch self {
        case .library: return false
        case .reader(let reader, let library), .composer(_, let reader, let library):
            self = .composer(composer, over: reader, library: library)
            return true
        }
    }

    /// Changes the open reader's state in place; nil (and no change) when
    /// none is open. The stack gives its reader up while it is edited: a
    /// copy taken while the stack still held it would make the reader's
    /// layout copy its lines and anchors whole at the first change, on every
    /// key (1 MB of anchors at each slice of `G` in 10,000 reactions).
    mutating func editReader<T>(_ edit: (inout ReaderState) -> T) -> T? {
        switch consume self {
        case .library(let library):
            self = .library(library)
            return nil
        case .reader(var reader, let library):
            let result = edit(&reader)
            self = .reader(reader, over: library)
            return result
        case .composer(let composer, var reader, let library):
            let result = edit(&reader)
            self = .composer(composer, over: reader, library: library)
            return result
        }
    }

    /// Closes the uppermost screen: the composer goes back to the reader,
    /// the reader to the library. The library is never closed, and neither
    /// is a reader with nothing under it (`parley read`): the answer is then
    /// false, and `back` quits instead.
    @discardableResult
    public mutating func pop() -> Bool {
        switch self {
        case .library, .reader(_, nil): return false
        case .reader(_, let library?): self = .library(library)
        case .composer(_, let reader, let library): self = .reader(reader, over: library)
        }
        return true
    }

    /// The library's new state, wherever it lies in the stack; what is over
    /// it stays. False when parley was started without one.
    @discardableResult
    public mutating func replace(_ library: LibraryState) -> Bool {
        switch self {
        case .library: self = .library(library)
        case .reader(let reader, .some): self = .reader(reader, over: library)
        case .composer(let composer, let reader, .some): self = .composer(composer, over: reader, library: library)
        case .reader(_, nil), .composer(_, _, nil): return false
        }
        return true
    }

    /// The open reader's new state (under the composer, if one is open).
    /// Replacing never opens: false when no reader is open.
    @discardableResult
    public mutating func replace(_ reader: ReaderState) -> Bool {
        switch self {
        case .library: return false
        case .reader(_, let library): self = .reader(reader, over: library)
        case .composer(let composer, _, let library): self = .composer(composer, over: reader, library: library)
        }
        return true
    }

    /// The open composer's new state. Replacing never opens: false when no
    /// composer is open (it was closed while its answer was on the way).
    @discardableResult
    public mutating func replace(_ composer: ComposerState) -> Bool {
        guard case .composer(_, let reader, let library) = self else { return false }
        self = .composer(composer, over: reader, library: library)
        return true
    }
}

extension AppState {
    /// The library under whatever is open (nil when started on one article).
    public var library: LibraryState? { screens.library }

    /// The article being read, on top or under the composer.
    public var reader: ReaderState? { screens.reader }

    /// The reaction being written, when the composer is open.
    public var composer: ComposerState? { screens.composer }

    /// Changes the library's state where it lies; nil (and no change) without one.
    @discardableResult
    mutating func editLibrary<T>(_ edit: (inout LibraryState) -> T) -> T? {
        guard var library = screens.library else { return nil }
        let result = edit(&library)
        screens.replace(library)
        return result
    }

    /// Changes the open reader's state; nil (and no change) when none is open.
    @discardableResult
    mutating func editReader<T>(_ edit: (inout ReaderState) -> T) -> T? {
        screens.editReader(edit)
    }

    /// Changes the open composer's state; nil (and no change) when none is open.
    @discardableResult
    mutating func editComposer<T>(_ edit: (inout ComposerState) -> T) -> T? {
        guard var composer = screens.composer else { return nil }
        let result = edit(&composer)
        screens.replace(composer)
        return result
    }
}
