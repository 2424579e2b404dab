/// Bytes from a file turned into text, as forgiving as a reader must be:
/// invalid UTF-8 becomes U+FFFD and the lines it was on are remembered, so the
/// text is always shown and the damage can still be reported.
public struct SourceText: Sendable {
    public var text: String
    /// 1-based lines that held bytes which are not UTF-8.
    public var invalidUTF8Lines: [Int]
    /// The bytes were not UTF-8 but Windows-1252, and were read as such
    /// (`Windows1252`): every character kept, none turned into U+FFFD.
    public var isWindows1252 = false

    public init(bytes: some Collection<UInt8>) {
        let array = Array(bytes)
        let withoutBOM = array.starts(with: [0xEF, 0xBB, 0xBF]) ? array[3...] : array[...]
        if let valid = String(validating: withoutBOM, as: UTF8.self) {
            text = valid
            invalidUTF8Lines = []
            return
        }
        if let windows = Windows1252.decode(withoutBOM) {
            text = windows
            invalidUTF8Lines = []
            isWindows1252 = true
            return
        }
        text = String(decoding: withoutBOM, as: UTF8.self)
        invalidUTF8Lines = Self.linesWithInvalidUTF8(withoutBOM)
    }

    public init(text: String) {
        self.text = text
        invalidUTF8Lines = []
    }

    /// Starts with a UTF-16 or UTF-32 byte order mark: clearly not a UTF-8 file.
    public static func looksLikeUTF16(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(2))
        return head == [0xFF, 0xFE] || head == [0xFE, 0xFF]
    }

    private static func linesWithInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0x0A { line += 1 }
            case .error:
                if lines.last != line { lines.append(line) }
            case .emptyInput:
                break loop
            }
        }
        return lines
    }
}
