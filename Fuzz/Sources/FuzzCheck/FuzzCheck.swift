#if canImport(Glibc)
import Glibc
#endif

/// A property a fuzz target asserts: when it does not hold, the input is a
/// finding. Prints why, then aborts, so libFuzzer saves the input as a crash.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    var line = "fuzz property failed: \(message())\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    abort()
}

/// The fuzzer's bytes as an array.
public func bytes(_ start: UnsafeRawPointer?, _ count: Int) -> [UInt8] {
    guard let start, count > 0 else { return [] }
    return Array(UnsafeRawBufferPointer(start: start, count: count))
}
