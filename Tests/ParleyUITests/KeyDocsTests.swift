import Foundation
import ParleyTestSupport
import ParleyUI
import Testing

/// docs/keys.md lists every key the program binds, in the right section.
@Suite("docs/keys.md")
struct KeyDocsTests {
    static func section(_ title: String) throws -> String {
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        guard let start = text.range(of: "## \(title)\n") else { return "" }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func everyReaderKeyIsDocumented() throws {
        let reader = try Self.section("Reader")
        let ui = Catalogue(.english)
        for binding in KeyBindings.reader {
            for key in binding.keys {
                let label = key.label(ui)
                // The digits are documented as a range.
                if case .question = binding.command { #expect(reader.contains("`1` .. `9`")); continue }
                #expect(reader.contains("`\(label)`"), "reader key \(label) for \(binding.command)")
            }
        }
    }

    @Test func everyLibraryKeyIsDocumented() throws {
        let library = try Self.section("Library")
        let ui = Catalogue(.english)
        for binding in KeyBindings.library {
            for key in binding.keys {
                #expect(library.contains("`\(key.label(ui))`"), "library key \(key.label(ui)) for \(binding.command)")
            }
        }
    }

    @Test func everyComposerKeyIsDocumented() throws {
        let composer = try Self.section("Composer")
        let ui = Catalogue(.english)
        #expect(!composer.isEmpty)
        for binding in KeyBindings.composer {
            for key in binding.keys {
                #expect(composer.contains("`\(key.label(ui))`"), "composer key \(key.label(ui)) for \(binding.command)")
            }
        }
    }
}
