import ParleyKit
import ParleyUI
import Testing

/// Inputs the fuzz targets (Fuzz/, docs/fuzzing.md) found, kept as tests.
@Suite("Fuzz findings")
struct FuzzRegressionTests {
    @Test("FuzzText: a spacing mark after a space is one cluster, wider than the two apart; the line still fits",
          arguments: ["em \u{302E}", " \u{07EE}", "a \u{0903}b \u{302E}\u{302E}"])
    func markAfterSpace(_ text: String) {
        for width in 2...12 {
            for line in LineWrapper.wrap([Span(text, TextStyle(.body))], width: width) {
                let measured = DisplayWidth.of(line.spans.map(\.text).joined())
                #expect(measured <= line.width, "\(text.debugDescription) at width \(width)")
                #expect(line.width <= width, "\(text.debugDescription) at width \(width)")
            }
        }
    }

    @Test("FuzzText: direction-changing characters are shown, so the sanitised text is clean",
          arguments: ["a\u{200E}b", "\u{2066}x", "x\u{061C}y", "\u{202E}abc"])
    func invisibleShown(_ text: String) {
        let clean = Sanitizer.sanitizeLine(text)
        #expect(Sanitizer.isClean(clean))
        #expect(clean.contains("<U+"))
    }
}
