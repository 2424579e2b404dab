/// Slow work the runner does off the main thread, so the screen keeps
/// answering: the status line says it is running until it is done.
public enum BackgroundWork: Hashable, Sendable {
    /// A reaction being added (the reactions file's lock may be held for seconds).
    case posting(slug: String)
}
