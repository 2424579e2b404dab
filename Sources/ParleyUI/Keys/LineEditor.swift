/// The one editor of a typed line, shared by the reader's search and the
/// library's filter: a key goes through the mode's keymap of
/// `PromptCommand`s, and a key bound to none that types a character is text.
public enum LineEditor {
    /// What a key did to the line.
    public enum Outcome: Equatable, Sendable {
        /// The text changed.
        case edited
        /// Keep the text: the prompt closes.
        case accepted
        /// Give up: the prompt closes and its effect is undone.
        case cancelled
        /// Backspace on an empty line: the prompt closes with nothing left to undo.
        case emptied
        /// Nothing happened (a key that neither edits nor types).
        case ignored
    }

    public static func apply(_ key: Key, to line: inout PromptText, keys: Keymap<PromptCommand>) -> Outcome {
        guard let command = keys.action(for: key) else {
            guard case .character(let character) = key else { return .ignored }
            line.insert(String(character))
            return .edited
        }
        switch command {
        case .accept:
            return .accepted
        case .cancel:
            return .cancelled
        case .deleteBackward:
            // As in less: backspace on an empty line leaves the prompt.
            if line.isEmpty { return .emptied }
            line.deleteBackward()
            return .edited
        case .clear:
            line.removeAll()
            return .edited
        }
    }
}
