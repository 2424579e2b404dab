import ParleyKit
import ParleyUI

/// A config file's text, line by line, read as parley reads it.
struct UserConfigFixture {
    var lines: [String] = []
    static let file = "/home/ada/.config/parley/config"

    mutating func add(_ line: String) { lines.append(line) }

    func config() throws -> UserConfig {
        try UserConfig.parse(bytes: Array(lines.joined(separator: "\n").utf8), file: Self.file)
    }

    func settings() throws -> Settings {
        try Settings(config())
    }

    static func settings(_ lines: String...) throws -> Settings {
        try UserConfigFixture(lines: lines).settings()
    }
}
