/// parley's version: the one place it is written (docs/releasing.md says how
/// to change it). `parley --version` prints it; the man page's date is `released`.
enum ParleyVersion {
    static let current = "0.2.0"
    /// The day `current` was released, YYYY-MM-DD (Scripts/generate-manual.py reads it).
    static let released = "2026-12-05"
}
