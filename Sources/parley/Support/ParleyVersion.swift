/// parley's version: the one place it is written (docs/releasing.md says how
/// to change it). `parley --version` prints it, and so does the man page.
enum ParleyVersion {
    static let current = "0.2.0"
}
