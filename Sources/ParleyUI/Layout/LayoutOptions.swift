/// How an article is laid out, besides its width.
public struct LayoutOptions: Sendable {
    public var glyphs: Glyphs
    /// parley's own messages (notices), in the UI language.
    public var ui: Catalogue
    /// The line that ends the reactions section in the reader ("Add a
    /// reaction: press a"); nil in plain output, where no key adds one.
    public var addReactionLine: String?

    public init(glyphs: Glyphs = .unicode, ui: Catalogue = Catalogue(.english), addReactionLine: String? = nil) {
        self.glyphs = glyphs
        self.ui = ui
        self.addReactionLine = addReactionLine
    }
}
