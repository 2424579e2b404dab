/// How an article is laid out, besides its width.
public struct LayoutOptions: Sendable {
    public var glyphs: Glyphs
    /// parley's own messages (notices), in the UI language.
    public var ui: Catalogue

    public init(glyphs: Glyphs = .unicode, ui: Catalogue = Catalogue(.english)) {
        self.glyphs = glyphs
        self.ui = ui
    }
}
