import Testing
import ParleyTestSupport
@testable import parley

@Suite("parley --version")
struct VersionTests {
    @Test("--version and -V print the version alone on its line, by both ways of starting", arguments: [
        ["--version"], ["-V"], ["--library", "/nonexistent", "--version"], ["list", "--version"],
    ])
    func version(arguments: [String]) throws {
        let result = try TestSupport.parley(arguments)
        #expect(result.status == 0)
        #expect(result.stdout == ParleyVersion.current + "\n")
        #expect(result.stderr == "")
    }

    @Test("the version is three numbers, as the release procedure writes it (docs/releasing.md)")
    func shape() {
        let parts = ParleyVersion.current.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil })
    }
}
