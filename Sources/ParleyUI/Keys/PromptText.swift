/// A line being typed: a search or a filter. Editing happens at the end,
/// as in less's prompt.
public struct PromptText: Equatable, Sendable {
    public private(set) var text: String

    public init(_ text: String = "") {
        self.text = text
    }

    /// Typed or pasted text; line breaks become spaces and controls vanish,
    /// so a paste can never end the prompt or run a command.
    public mutating func insert(_ typed: String) {
        for scalar in typed.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: text.unicodeScalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: text.unicodeScalars.append(scalar)
            }
        }
    }

    /// Removes the last character (a whole grapheme cluster).
    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }

    public mutating func removeAll() {
        text = ""
    }

    public var isEmpty: Bool { text.isEmpty }
}
