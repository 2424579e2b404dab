import Testing
@testable import parley

@Suite("Starting a screen without ArgumentParser")
struct QuickInvocationTests {
    static func quick(_ arguments: [String]) -> QuickInvocation? {
        QuickInvocation(arguments, isValidLanguage: { ["en", "nl"].contains($0) })
    }

    @Test("the plain forms are recognised", arguments: [
        ([], QuickInvocation()),
        (["--library", "/l"], QuickInvocation(library: "/l")),
        (["read", "thissen"], QuickInvocation(slug: "thissen")),
        (["read", "--library", "/l", "thissen"], QuickInvocation(slug: "thissen", library: "/l")),
        (["read", "thissen", "--lang", "nl", "--library", "/l"], QuickInvocation(slug: "thissen", library: "/l", lang: "nl")),
    ])
    func recognised(arguments: [String], expected: QuickInvocation) {
        #expect(Self.quick(arguments) == expected)
    }

    @Test("anything else is left to ArgumentParser, so its messages and exit statuses stay", arguments: [
        ["read"], ["read", "a", "b"], ["read", "--help"], ["read", "-h", "a"], ["--help"], ["list"], ["show", "a"],
        ["read", "a", "--lang", "fr"], ["read", "a", "--lang"], ["read", "a", "--library"], ["read", "a", "--library", "--lang"],
        ["read", "a", "--library=/l"], ["read", "--", "a"], ["read", "-a"], ["read", "a", "--library", "/l", "--library", "/m"],
        ["--lang", "nl", "read", "a"], ["read", "a", "--width", "40"],
    ])
    func declined(arguments: [String]) {
        #expect(Self.quick(arguments) == nil)
    }
}
