import Foundation
@testable import ParleyKit
import ParleyTestSupport
import Testing

/// `FileSystem.readFile` gives every byte of a file, whatever its size: it
/// reads straight into an array sized by `fstat`, one byte more than the
/// size, and reads on when the file has grown.
@Suite("Reading a file whole")
struct FileSystemReadTests {
    @Test("every byte, at sizes around a page and a few megabytes",
          arguments: [0, 1, 4_095, 4_097, (2 << 20) - 1, 4 << 20, (4 << 20) + 1, (9 << 20) + 7])
    func everyByte(size: Int) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        var random = SplitMix64(seed: UInt64(size))
        var bytes = [UInt8](repeating: 0, count: size)
        for index in bytes.indices where index % 8 == 0 {
            withUnsafeBytes(of: random.next()) { word in
                for offset in 0 ..< min(8, size - index) { bytes[index + offset] = word[offset] }
            }
        }
        let file = folder.appendingPathComponent("f").path
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let read = try FileSystem.readFile(file)
        #expect(read.count == size)
        #expect(read == bytes)
    }
}
