import ParleyKit
import ParleyUI
import Testing

/// Secure mode in the screens (docs/usage.md): keys that would leave the
/// reader, for the shell (suspend) or another program (the editor), do
/// nothing but say so; everything else answers as always.
@Suite("Secure mode: keys")
struct SecureKeyTests {
    static let notAvailable = "not available here (secure mode)"

    static func secure(_ driver: Driver) -> Driver {
        var driver = driver
        driver.state.isSecure = true
        return driver
    }

    @Test("Ctrl-Z in the reader and the library says so and suspends nothing")
    func suspend() throws {
        var reader = Self.secure(Driver.reader(try Fixture.thissen()))
        reader.press(.character("j"), .control("z"))
        #expect(reader.effects == [])
        #expect(reader.message == Self.notAvailable)
        #expect(reader.statusLine.contains(Self.notAvailable))
        #expect(reader.top == 1)

        var library = Self.secure(Driver.library(try Fixture.shippedLibrary()))
        library.press(.control("z"))
        #expect(library.effects == [])
        #expect(library.statusLine.contains(Self.notAvailable))
    }

    @Test("S in the library syncs nothing: git and the network are outside the reader")
    func sync() throws {
        var library = Self.secure(Driver.library(try Fixture.shippedLibrary()))
        library.press(.character("S"))
        #expect(library.effects == [])
        #expect(library.message == Self.notAvailable)
        #expect(library.state.running.isEmpty)
    }

    @Test("in the composer, Ctrl-E and Ctrl-Z keep the text, save the draft and say so")
    func composer() throws {
        let save = Effect.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "Bijna klaar", replyTo: nil))
        for key in [Key.control("e"), .control("z")] {
            var driver = Self.secure(Driver.reader(try Fixture.thissen()))
            driver.openComposer()
            driver.type("Bijna klaar")
            driver.press(key)
            #expect(driver.effects == [save], "\(key)")
            #expect(driver.message == Self.notAvailable, "\(key)")
            #expect(driver.composer?.text.text == "Bijna klaar")
            // Typing goes on in the built-in composer.
            driver.saveDrafts()
            driver.type("!")
            #expect(driver.composer?.text.text == "Bijna klaar!")
        }
    }

    @Test("a key rebound to suspend is refused too: the action is, not the key")
    func rebound() throws {
        let settings = try UserConfigFixture.settings("key.reader.suspend: s")
        var driver = Self.secure(Driver.reader(try Fixture.thissen(), appearance: Appearance().with(settings)))
        driver.press(.character("s"))
        #expect(driver.effects == [])
        #expect(driver.message == Self.notAvailable)
    }

    @Test("in Dutch")
    func dutch() throws {
        var driver = Self.secure(Driver.reader(try Fixture.thissen(), language: .dutch))
        driver.press(.control("z"))
        #expect(driver.message == "hier niet beschikbaar (beveiligde modus)")
    }

    @Test("reading, searching, the outline and adding a reaction answer as always", arguments: [
        [Key.character("]")], [.character("/"), .character("K"), .enter], [.character("o")], [.character("r")], [.character("a")], [.control("l")],
    ])
    func stays(keys: [Key]) throws {
        var plain = Driver.reader(try Fixture.thissen())
        var secure = Self.secure(plain)
        for key in keys {
            plain.press(key)
            secure.press(key)
        }
        #expect(secure.effects == plain.effects)
        #expect(secure.lines == plain.lines)
    }
}
