import ParleyTestSupport
import Testing
@testable import ParleyKit

/// `UTF8Validation` decides whether an article is shown as it is or with
/// U+FFFD and a warning: it must answer exactly as the standard library does.
@Suite("UTF-8 checked a word of ASCII at a time")
struct UTF8ValidationTests {
    private func standard(_ bytes: [UInt8]) -> Bool {
        (try? UTF8Span(validating: bytes.span)) != nil
    }

    @Test("Every edge of the table of well-formed sequences, at every position in a word")
    func edges() {
        let sequences: [[UInt8]] = [
            [], [0x41], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC2], [0xC2, 0x41], [0xC2, 0xC0],
            [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE1, 0x80], [0xE1, 0x80, 0x41], [0xE1, 0x41, 0x80],
            [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF0, 0x90, 0x80], [0xF0, 0x90, 0x80, 0xC0],
            Array("coöperatie één café 中文 🙂".utf8),
        ]
        for sequence in sequences {
            for before in 0 ..< 9 {
                for after in [0, 1, 8] {
                    let bytes = Array(repeating: UInt8(ascii: "a"), count: before) + sequence + Array(repeating: UInt8(ascii: "b"), count: after)
                    #expect(UTF8Validation.isValid(bytes) == standard(bytes), "\(bytes)")
                }
            }
        }
    }

    @Test("Random text, mostly ASCII with now and then any byte, agrees with the standard library")
    func random() {
        var generator = SplitMix64(seed: 15)
        var valid = 0
        for _ in 0 ..< 20_000 {
            let length = Int.random(in: 0 ..< 40, using: &generator)
            let oddOneIn = Int.random(in: 2 ..< 30, using: &generator)
            var bytes: [UInt8] = []
            for _ in 0 ..< length {
                if Int.random(in: 0 ..< oddOneIn, using: &generator) == 0 {
                    bytes.append(UInt8.random(in: 0x80 ... 0xFF, using: &generator))
                } else {
                    bytes.append(UInt8.random(in: 0x20 ... 0x7E, using: &generator))
                }
            }
            // Valid multi-byte characters too, so that both answers are tried often.
            if Bool.random(using: &generator) {
                let scalar = Unicode.Scalar(UInt32.random(in: 0x80 ... 0x10FFFF, using: &generator)) ?? "é"
                bytes.insert(contentsOf: Array(String(Character(scalar)).utf8), at: Int.random(in: 0 ... bytes.count, using: &generator))
            }
            let answer = UTF8Validation.isValid(bytes)
            #expect(answer == standard(bytes), "\(bytes)")
            if answer { valid += 1 }
        }
        // Both answers were given often: the comparison means something.
        #expect(valid > 2_000 && valid < 18_000)
    }
}
