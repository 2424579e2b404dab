/// Where the reader stopped in an article, independent of the width and the
/// UI language: the top line's block (the n-th paragraph, heading, question
/// or reaction of the layout), how many characters into it the line starts,
/// and a fingerprint of the block's text.
///
/// The fingerprint is what survives an edit: when a paragraph is added above,
/// the block number moves but the text does not, so the reader looks for a
/// block with the same fingerprint near the old number
/// (`nearestBlock(in:)`) and falls back to the old number, the nearest text
/// that still exists.
public struct SavedPosition: Equatable, Sendable {
    public var block: Int
    public var offset: Int
    /// `SavedPosition.fingerprint(of:)` of the block's text.
    public var fingerprint: UInt32

    public init(block: Int, offset: Int, fingerprint: UInt32) {
        self.block = max(0, block)
        self.offset = max(0, offset)
        self.fingerprint = fingerprint
    }

    /// How far from the saved block number a moved block is looked for.
    public static let searchDistance = 400

    /// A short hash of a block's text: whitespace is ignored, so a reflowed
    /// or re-indented paragraph keeps its fingerprint.
    public static func fingerprint(of text: String) -> UInt32 {
        func kept(_ byte: UInt8) -> Bool { byte != 0x20 && byte != 0x0A && byte != 0x09 }
        // Over the contiguous bytes when there are (there always are for a
        // native String): the UTF-8 view's own iterator was about 100
        // instructions a byte, and the layout takes the fingerprint of
        // every block it lays out (a twentieth of the first screen).
        let hash = text.utf8.withContiguousStorageIfAvailable { StableHash.fnv1a64($0.lazy.filter(kept)) }
            ?? StableHash.fnv1a64(text.utf8.lazy.filter(kept))
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The block to return to, given the fingerprints of the blocks laid out
    /// (`fingerprints(n)` for block n, nil when block n does not exist): the
    /// block with the saved fingerprint closest to the saved number (the
    /// earlier one on a tie), else the saved number itself.
    public func nearestBlock(fingerprints: (Int) -> UInt32?) -> Int {
        if fingerprints(block) == fingerprint { return block }
        for distance in 1...Self.searchDistance {
            if block - distance >= 0, fingerprints(block - distance) == fingerprint { return block - distance }
            if fingerprints(block + distance) == fingerprint { return block + distance }
        }
        return block
    }
}
