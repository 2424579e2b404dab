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

    /// A time read before, as it was read (`ReactionOutlines` keeps the two apart).
    init(text: String, date: Date) {
        self.text = text
        self.date = date
    }

    /// A new timestamp in UTC, to the second (`2026-11-29T13:05:00Z`).
    public init(date: Date) {
        let seconds = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        self.text = Self.format(seconds)
        self.date = seconds
    }

    public var description: String { text }

    /// The UTC calendar day and minute, for display: `2026-11-29 13:05`.
    public var displayText: String {
        let iso = Self.format(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
        // "2026-11-29T13:05:00Z" -> "2026-11-29 13:05"
        let day = iso.prefix(10)
        let time = iso.dropFirst(11).prefix(5)
        return "\(day) \(time)"
    }

    public static func < (lhs: ReactionTime, rhs: ReactionTime) -> Bool { lhs.date < rhs.date }

    private static func parse(_ text: String) -> Date? {
        if let seconds = CanonicalUTCTime.seconds(of: text) {
            return Date(timeIntervalSince1970: Double(seconds))
        }
        return parseWithFoundation(text)
    }

    /// `date` is whole seconds.
    private static func format(_ date: Date) -> String {
        if let text = CanonicalUTCTime.text(of: date.timeIntervalSince1970) { return text }
        return formatWithFoundation(date)
    }

    /// The general parser, for every form the fast one leaves alone
    /// (fractional seconds, offsets, invalid fields). Internal so that the
    /// tests can hold the fast path to it.
    static func parseWithFoundation(_ text: String) -> Date? {
        // Only full timestamps with a zone, with or without fractional seconds.
        guard text.count >= 20, text.contains("T") else { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// The general formatter; `date` is whole seconds.
    static func formatWithFoundation(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}

/// The form parley writes, `YYYY-MM-DDTHH:MM:SSZ` in UTC, read and written
/// with integer arithmetic (days from the civil calendar, H. Hinnant's
/// algorithm) instead of FoundationEssentials' ISO 8601 style, which costs
/// about 8 k instructions a date: a library of 1,000 articles with 20
/// reactions each reads 20,000 of them before its first screen.
///
/// It answers only for what it is sure of: years 1970 to 9999 (the
/// proleptic Gregorian calendar used here and FoundationEssentials' agree
/// there) and fields that name a real moment (month 1-12, a day the month
/// has, hour 0-23, minute and second 0-59). Anything else, valid or not, is
/// nil and the caller asks FoundationEssentials, so odd input behaves
/// exactly as it did before.
enum CanonicalUTCTime {
    static let firstYear = 1970
    static let lastYear = 9999
    /// 9999-12-31T23:59:59Z.
    static let lastSecond: Int64 = 253_402_300_799

    /// Seconds since 1970 of `text` if it is in the canonical form, else nil.
    static func seconds(of text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            guard bytes.count == 20,
                  bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
                  bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var value = 0
                for index in start..<(start + count) {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard digit >= 0, digit <= 9 else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  (firstYear...lastYear).contains(year), (1...12).contains(month),
                  day >= 1, day <= daysIn(month: month, year: year),
                  hour <= 23, minute <= 59, second <= 59
            else { return nil }
            let days = Int64(daysFromCivil(year: year, month: month, day: day))
            return days * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
        }
    }

    /// The canonical text of a whole number of seconds since 1970, or nil
    /// when it is not one or lies outside the years answered here.
    static func text(of interval: Double) -> String? {
        guard interval.rounded(.down) == interval, interval >= 0, interval <= Double(lastSecond) else { return nil }
        let seconds = Int(interval)
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (year, month, day) = civil(fromDays: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func append(_ value: Int, digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        append(year, digits: 4)
        bytes.append(UInt8(ascii: "-"))
        append(month, digits: 2)
        bytes.append(UInt8(ascii: "-"))
        append(day, digits: 2)
        bytes.append(UInt8(ascii: "T"))
        append(secondOfDay / 3_600, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(secondOfDay / 60 % 60, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(secondOfDay % 60, digits: 2)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (year >= 1).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = year / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day since 1970-01-01 (days >= 0).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
