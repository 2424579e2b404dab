/// Windows-1252, the encoding of a Dutch text saved on Windows: `ö`, `é` and
/// the curly quotes `“ ” ‘ ’` as single bytes. Read only when a file is not
/// UTF-8 and has no UTF-8 letter at all (a UTF-8 file with one damaged byte
/// stays UTF-8, its bad byte shown as U+FFFD), and only when every byte has a
/// meaning in Windows-1252.
enum Windows1252 {
    /// Bytes 0x80-0x9F; 0 where Windows-1252 defines nothing.
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The text, when `bytes` (not valid UTF-8) read as Windows-1252: nil when
    /// they hold a UTF-8 sequence of more than one byte (then the file is UTF-8
    /// with damage) or a byte Windows-1252 leaves undefined.
    static func decode(_ bytes: some Collection<UInt8>) -> String? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { return nil }
            case .error: continue
            case .emptyInput: break loop
            }
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32
            switch byte {
            case 0x80...0x9F:
                value = high[Int(byte - 0x80)]
                if value == 0 { return nil }
            default:
                value = UInt32(byte)
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
