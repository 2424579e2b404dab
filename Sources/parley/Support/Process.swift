#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment, working directory and standard streams, without Foundation.
enum Process {
    /// Read once: parley never changes its own environment, and the read
    /// path asks for it about ten times before the first screen.
    static let environment: [String: String] = {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            // Split at the first '=' byte: a search by Character cost about
            // 4,000 instructions a variable, and a value that starts with a
            // combining mark would have hidden its '=' from it.
            if let equals = strchr(entry, 0x3D) {
                let name = UnsafeRawBufferPointer(start: entry, count: equals - entry)
                result[String(decoding: name, as: UTF8.self)] = String(cString: equals + 1)
            }
            pointer += 1
        }
        return result
    }()

    static var currentDirectory: String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }

    /// Writes all of `text` to standard output (one write for a whole page, not one per line).
    /// Output that cannot be written (`parley list > /dev/full`, a closed
    /// pipe) ends parley with a message and status 1: a script must not take
    /// an empty file for an empty library.
    static func writeOut(_ text: String) {
        if let code = write(text, to: STDOUT_FILENO) {
            let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
            _ = write("parley: cannot write the output: \(reason)\n", to: STDERR_FILENO)
            exit(1)
        }
    }

    static func writeError(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// The errno of a failed write, nil when all of `text` was written.
    private static func write(_ text: String, to fd: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// This program's absolute path (for git's merge driver), from
    /// /proc/self/exe; "parley" (found on PATH) where there is none.
    static var executablePath: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return "parley" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static var standardInputIsTerminal: Bool { isTerminal(STDIN_FILENO) }
    static var standardOutputIsTerminal: Bool { isTerminal(STDOUT_FILENO) }

    /// Columns of the terminal on standard output, nil when it is not one.
    static var terminalColumns: Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
