/// FNV-1a: the same number for the same text in every process and on every
/// machine (Swift's `Hasher` is seeded per process, so it cannot be stored).
enum StableHash {
    static func fnv1a64<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func fnv1a64(_ text: String) -> UInt64 {
        // The contiguous bytes when the string has them (ids read from a
        // file always do): a byte loop over a pointer, not the UTF-8 view's iterator.
        text.utf8.withContiguousStorageIfAvailable { fnv1a64($0) } ?? fnv1a64(text.utf8)
    }

    /// Fixed width, lower case: `00ff…`.
    static func hex(_ value: UInt64, digits: Int = 16) -> String {
        let raw = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - raw.count)) + raw
    }
}
