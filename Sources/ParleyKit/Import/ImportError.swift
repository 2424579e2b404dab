/// Why a text cannot be imported at all, in one line a person can act on.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text as the user named it ("-" for standard input).
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
