/// Turns what the terminal sends (characters, and keys ncurses already
/// recognised) into events: control characters become keys, a bracketed
/// paste becomes one `.paste`, and escape sequences nobody knows are dropped
/// instead of arriving as stray letters that would run commands.
///
/// Terminal-free, so every byte sequence can be tested without a terminal.
public struct InputDecoder: Sendable {
    private enum Mode: Sendable {
        case normal
        /// After ESC: the bytes of a sequence so far (without the ESC).
        case escape([Unicode.Scalar])
        /// Inside a bracketed paste.
        case paste
        /// The rest of a sequence too long to be real, dropped up to its final byte.
        case discarding
    }

    private var mode: Mode = .normal
    // The paste so far. Kept outside `mode` so appending never copies it.
    private var pasteText = String.UnicodeScalarView()
    private var pasteLength = 0
    /// How much of the end marker has been seen.
    private var pasteEndMatched = 0
    private var pasteQuietMilliseconds = 0

    /// The most a single paste keeps; the rest is dropped (a runaway paste
    /// must not eat all memory).
    public static let pasteLimit = 1 << 20
    /// A paste whose end marker never comes ends after this much quiet.
    public static let pasteTimeoutMilliseconds = 3000
    /// The longest escape sequence taken seriously.
    static let sequenceLimit = 32

    private static let escape: Unicode.Scalar = "\u{1B}"
    private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    public init() {}

    /// In the middle of an escape sequence: the loop should look again soon
    /// and call `idle` if nothing came, so a lone Esc does not wait.
    public var isInSequence: Bool {
        if case .escape = mode { return true }
        return false
    }

    public var isPasting: Bool {
        if case .paste = mode { return true }
        return false
    }

    /// A character from the terminal.
    public mutating func feed(_ scalar: Unicode.Scalar) -> [Event] {
        switch mode {
        case .normal:
            return normal(scalar)
        case .escape(let sequence):
            return continueSequence(sequence, with: scalar)
        case .paste:
            return continuePaste(with: scalar)
        case .discarding:
            if (0x20 ... 0x3F).contains(scalar.value) { return [] }
            mode = .normal
            return (0x40 ... 0x7E).contains(scalar.value) ? [] : normal(scalar)
        }
    }

    /// A key ncurses recognised from a sequence of its terminal description.
    public mutating func feed(_ key: Key) -> [Event] {
        switch mode {
        case .normal:
            return [.key(key)]
        case .escape(let sequence):
            mode = .normal
            return (sequence.isEmpty ? [.key(.escape)] : []) + [.key(key)]
        case .paste:
            // A paste that contains what looks like a key is still only text.
            pasteQuietMilliseconds = 0
            return []
        case .discarding:
            mode = .normal
            return [.key(key)]
        }
    }

    /// Input has been quiet for `milliseconds`.
    public mutating func idle(milliseconds: Int) -> [Event] {
        switch mode {
        case .normal, .discarding:
            mode = .normal
            return []
        case .escape(let sequence):
            // A lone ESC was the Esc key; half a sequence is dropped, never typed.
            mode = .normal
            return sequence.isEmpty ? [.key(.escape)] : []
        case .paste:
            pasteQuietMilliseconds += milliseconds
            if pasteQuietMilliseconds < Self.pasteTimeoutMilliseconds { return [] }
            return [finishPaste()]
        }
    }

    // MARK: - Modes

    private mutating func normal(_ scalar: Unicode.Scalar) -> [Event] {
        switch scalar.value {
        case 0x1B:
            mode = .escape([])
            return []
        case 0x0D, 0x0A: return [.key(.enter)]
        case 0x09: return [.key(.tab)]
        case 0x7F, 0x08: return [.key(.backspace)]
        case 0x01...0x1A:
            return [.key(.control(Character(Unicode.Scalar(UInt8(scalar.value) + 0x60))))]
        case 0x00...0x1F, 0x80...0x9F:
            return []
        default:
            return [.key(.character(Character(scalar)))]
        }
    }

    private mutating func continueSequence(_ sequence: [Unicode.Scalar], with scalar: Unicode.Scalar) -> [Event] {
        if sequence.isEmpty {
            switch scalar {
            case "[", "O":
                mode = .escape([scalar])
                return []
            case Self.escape:
                mode = .escape([])
                return [.key(.escape)]
            default:
                // Esc followed by a key (or Alt-key): both, in order.
                mode = .normal
                return [.key(.escape)] + normal(scalar)
            }
        }
        let value = scalar.value
        if sequence == ["O"] {
            mode = .normal
            return Self.ss3Key(scalar).map { [.key($0)] } ?? []
        }
        if (0x20...0x3F).contains(value) {
            if sequence.count >= Self.sequenceLimit {
                mode = .discarding
                return []
            }
            mode = .escape(sequence + [scalar])
            return []
        }
        mode = .normal
        guard (0x40...0x7E).contains(value) else {
            // Not a sequence after all: drop what came so far, keep this character.
            return normal(scalar)
        }
        let body = String(String.UnicodeScalarView(sequence.dropFirst() + [scalar]))
        if body == "200~" {
            mode = .paste
            pasteText = String.UnicodeScalarView()
            pasteLength = 0
            pasteEndMatched = 0
            pasteQuietMilliseconds = 0
            return []
        }
        return Self.csiKey(body).map { [.key($0)] } ?? []
    }

    private mutating func continuePaste(with scalar: Unicode.Scalar) -> [Event] {
        pasteQuietMilliseconds = 0
        if scalar == Self.pasteEnd[pasteEndMatched] {
            pasteEndMatched += 1
            return pasteEndMatched == Self.pasteEnd.count ? [finishPaste()] : []
        }
        // A false start of the end marker was text after all.
        for earlier in Self.pasteEnd[..<pasteEndMatched] { appendToPaste(earlier) }
        pasteEndMatched = scalar == Self.escape ? 1 : 0
        if pasteEndMatched == 0 { appendToPaste(scalar) }
        return []
    }

    private mutating func appendToPaste(_ scalar: Unicode.Scalar) {
        guard pasteLength < Self.pasteLimit else { return }
        pasteText.append(scalar)
        pasteLength += 1
    }

    private mutating func finishPaste() -> Event {
        mode = .normal
        let event = Self.pasteEvent(pasteText)
        pasteText = String.UnicodeScalarView()
        pasteLength = 0
        pasteEndMatched = 0
        return event
    }

    private static func pasteEvent(_ text: String.UnicodeScalarView) -> Event {
        // Terminals send Enter in a paste as CR; text uses LF.
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text {
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            out.append(previousWasCR ? "\n" : scalar)
        }
        return .paste(String(out))
    }

    // MARK: - Sequences ncurses may leave undecoded

    private static func csiKey(_ body: String) -> Key? {
        switch body {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H", "1~", "7~": .home
        case "F", "4~", "8~": .end
        case "5~": .pageUp
        case "6~": .pageDown
        case "3~": .delete
        case "2~": .insert
        case "Z": .backTab
        default: nil
        }
    }

    private static func ss3Key(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "M": .enter
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }
}
