import Foundation
@testable import ParleyKit
import ParleyTestSupport
import Testing

/// The canonical form (`YYYY-MM-DDTHH:MM:SSZ`) is read and written by
/// arithmetic; these hold it to FoundationEssentials' ISO 8601 style, which
/// it replaced on that form and which still answers every other one.
struct ReactionTimeTests {
    static func canonical(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }

    /// Both ways must agree: nil for nil, the same date and the text kept.
    static func expectSameAsFoundation(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let fast = ReactionTime(iso: text)
        let slow = ReactionTime.parseWithFoundation(text)
        #expect(fast?.date == slow, "\(text)", sourceLocation: sourceLocation)
        if fast != nil { #expect(fast?.text == text, sourceLocation: sourceLocation) }
    }

    @Test func everyDayFrom1970To2100ReadsAndWritesAsFoundationDoes() {
        let times = [(0, 0, 0), (12, 34, 56), (23, 59, 59)]
        var fastAnswers = 0
        for year in 1970...2100 {
            for month in 1...12 {
                for day in 1...CanonicalUTCTime.daysIn(month: month, year: year) {
                    for (hour, minute, second) in times {
                        let text = Self.canonical(year, month, day, hour, minute, second)
                        let slow = ReactionTime.parseWithFoundation(text)
                        #expect(slow != nil, "\(text)")
                        guard let slow else { continue }
                        if CanonicalUTCTime.seconds(of: text) != nil { fastAnswers += 1 }
                        let parsed = ReactionTime(iso: text)
                        #expect(parsed?.date == slow, "\(text)")
                        // Writing the date again gives the same text, as FoundationEssentials writes it.
                        let written = ReactionTime(date: slow)
                        #expect(written.text == text)
                        #expect(written.text == ReactionTime.formatWithFoundation(slow))
                        #expect(written.displayText == "\(text.prefix(10)) \(text.dropFirst(11).prefix(5))")
                    }
                }
            }
        }
        // The fast path did the work, not the fallback: 1970-2100 has 47,847 days.
        #expect(fastAnswers == 47_847 * times.count)
    }

    @Test func secondsAcrossTheWholeRangeAgreeWithFoundation() {
        var generator = SplitMix64(seed: 15)
        var samples: [Int64] = [0, 1, 59, 60, 86_399, 86_400, 951_782_400, 951_868_800, 4_107_542_399, 4_107_542_400,
                                CanonicalUTCTime.lastSecond - 1, CanonicalUTCTime.lastSecond]
        for _ in 0..<20_000 { samples.append(Int64.random(in: 0...CanonicalUTCTime.lastSecond, using: &generator)) }
        for seconds in samples {
            let date = Date(timeIntervalSince1970: Double(seconds))
            let text = ReactionTime.formatWithFoundation(date)
            #expect(ReactionTime(date: date).text == text, "\(seconds)")
            #expect(CanonicalUTCTime.seconds(of: text) == seconds, "\(text)")
            #expect(ReactionTime(iso: text)?.date == ReactionTime.parseWithFoundation(text), "\(text)")
        }
    }

    @Test func leapDaysAreRealOnlyInLeapYears() {
        for year in 1970...2400 {
            let text = Self.canonical(year, 2, 29, 8, 0, 0)
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            #expect((CanonicalUTCTime.seconds(of: text) != nil) == leap, "\(text)")
            Self.expectSameAsFoundation(text)
        }
        // 2000-02-29 is day 11,016; 2000-03-01 is 951,868,800 seconds (a known figure).
        #expect(CanonicalUTCTime.seconds(of: "2000-03-01T00:00:00Z") == 951_868_800)
    }

    /// Out-of-range fields, other forms and other zones are left to
    /// FoundationEssentials, so they behave exactly as they did.
    @Test(arguments: [
        "2025-02-29T10:00:00Z", "2100-02-29T10:00:00Z", "1900-02-29T10:00:00Z", "2026-02-30T10:00:00Z",
        "2026-04-31T10:00:00Z", "2026-06-31T10:00:00Z", "2026-00-10T10:00:00Z", "2026-13-10T10:00:00Z",
        "2026-01-00T10:00:00Z", "2026-01-32T10:00:00Z", "2026-01-10T24:00:00Z", "2026-01-10T25:00:00Z",
        "2026-01-10T23:60:00Z", "2026-01-10T23:59:60Z", "2026-12-31T23:59:60Z", "2026-01-10T99:99:99Z",
        "2026-11-29T13:05:00.5Z", "2026-11-29T13:05:00.000Z", "2026-11-29T13:05:00.123456Z",
        "2026-11-29T13:05:00+01:00", "2026-11-29T13:05:00-00:00", "2026-11-29T13:05:00+0100",
        "2026-11-29t13:05:00Z", "2026-11-29T13:05:00z", "2026-11-29 13:05:00Z", "2026/11/29T13:05:00Z",
        "2026-11-29T13:05Z", "2026-11-29T13:05:00", "2026-11-29T13:05:00ZZ", " 2026-11-29T13:05:00Z",
        "2026-11-29T13:05:0AZ", "2O26-11-29T13:05:00Z", "2026-1-29T13:05:00Zx", "+2026-11-29T13:05:00Z",
        "1969-12-31T23:59:59Z", "1900-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
        "1582-10-10T00:00:00Z", "9999-12-31T23:59:59Z", "2026-11-29T13:05:00\u{FF3A}",
        "\u{FF12}026-11-29T13:05:00Z", "2026-11-29T13:05:00Z\u{301}", "",
    ])
    func otherFormsBehaveAsFoundationSays(_ text: String) {
        Self.expectSameAsFoundation(text)
    }

    @Test func timesBeforeTheFastRangeAreWrittenByFoundation() {
        for seconds in [-1.0, -86_400.0, -2_208_988_800.0, -62_135_596_800.0] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ReactionTime(date: date).text == ReactionTime.formatWithFoundation(date))
        }
        // A fraction is dropped before writing, as before.
        let date = Date(timeIntervalSince1970: 1_795_957_500.75)
        #expect(ReactionTime(date: date).text == "2026-11-29T13:05:00Z")
        #expect(ReactionTime(date: date).displayText == "2026-11-29 13:05")
    }
}
