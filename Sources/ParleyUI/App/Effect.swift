/// Something the app asks the outside world to do. `update` only returns
/// these; the terminal loop carries them out, so `update` stays pure and a
/// test can check exactly what would happen.
public enum Effect: Equatable, Sendable {
    /// Leave the app, restoring the terminal; exit status 0.
    case quit
    /// Read an article (and its reactions) fresh from the library folder,
    /// answering with `.articleOpened` or `.articleFailed`.
    case openArticle(folder: String, slug: String)
    /// Repaint every cell, whatever the terminal is thought to show.
    case redraw
    /// Hand the terminal back to the shell until `fg` (Ctrl-Z).
    case suspend
}
