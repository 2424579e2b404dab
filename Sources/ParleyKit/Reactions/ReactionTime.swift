import FoundationEssentials

/// The moment a reaction was posted: an ISO 8601 timestamp. The text is kept
/// as written so that rewriting a file never changes a date it did not add.
public struct ReactionTime: Equatable, Comparable, Sendable, CustomStringConvertible {
    public let text: String
    public let date: Date

    public init?(iso text: String) {
        guard let date = Self.parse(text) else { return nil }
        self.text = text
        self.date = date
    }

    /// A new timestamp in UTC, to the second (`2026-11-29T13:05:00Z`).
    public init(date: Date) {
        let seconds = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        self.text = seconds.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        self.date = seconds
    }

    public var description: String { text }

    /// The UTC calendar day and minute, for display: `2026-11-29 13:05`.
    public var displayText: String {
        let iso = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        // "2026-11-29T13:05:00Z" -> "2026-11-29 13:05"
        let day = iso.prefix(10)
        let time = iso.dropFirst(11).prefix(5)
        return "\(day) \(time)"
    }

    public static func < (lhs: ReactionTime, rhs: ReactionTime) -> Bool { lhs.date < rhs.date }

    private static func parse(_ text: String) -> Date? {
        // Only full timestamps with a zone, with or without fractional seconds.
        guard text.count >= 20, text.contains("T") else { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
