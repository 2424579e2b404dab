@testable import ParleyKit
import Testing

@Suite("Saved position")
struct SavedPositionTests {
    @Test("the block with the same text is found near its old number, else the old number")
    func nearest() {
        let texts = (0..<100).map { "Alinea \($0) over regie." }
        let saved = SavedPosition(block: 40, offset: 12, fingerprint: SavedPosition.fingerprint(of: texts[40]))
        let same = saved.nearestBlock { $0 < texts.count ? SavedPosition.fingerprint(of: texts[$0]) : nil }
        #expect(same == 40)
        // Two paragraphs added above.
        let edited = ["Nieuw", "Ook nieuw"] + texts
        #expect(saved.nearestBlock { $0 < edited.count ? SavedPosition.fingerprint(of: edited[$0]) : nil } == 42)
        // Three removed above.
        let shorter = Array(texts.dropFirst(3))
        #expect(saved.nearestBlock { $0 < shorter.count ? SavedPosition.fingerprint(of: shorter[$0]) : nil } == 37)
        // The paragraph itself is gone: the same number, the nearest text that exists.
        var gone = texts
        gone[40] = "Herschreven."
        #expect(saved.nearestBlock { $0 < gone.count ? SavedPosition.fingerprint(of: gone[$0]) : nil } == 40)
    }

    @Test("the fingerprint is FNV-1a of the text's UTF-8 without spaces, tabs and line feeds, folded to 32 bits: saved states stay valid")
    func fingerprintIsStable() {
        func expected(_ text: String) -> UInt32 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in text.utf8 where ![0x20, 0x0A, 0x09].contains(byte) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        }
        let small = "Regie"
        let large = String(repeating: "Het is allereerst\tnatuurlijk een “formele” zaak, coöperatie.\n", count: 40)
        for text in ["", " \n\t", small, large] {
            #expect(SavedPosition.fingerprint(of: text) == expected(text))
        }
    }

    @Test("the fingerprint ignores how the text is wrapped")
    func fingerprintIgnoresSpacing() {
        #expect(SavedPosition.fingerprint(of: "een twee\ndrie") == SavedPosition.fingerprint(of: "een  twee drie"))
        #expect(SavedPosition.fingerprint(of: "een twee drie") != SavedPosition.fingerprint(of: "een twee vier"))
    }
}
