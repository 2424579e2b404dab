import ParleyKit
import ParleyUI
import Testing

/// The open screens as one stack: the library, the reader over it, the
/// composer over the reader. What lies under the top screen is kept as it was.
@Suite("The screens stack")
struct ScreensTests {
    /// The stack's shape, bottom to top, as a user would name it.
    static func shape(_ screens: Screens) -> [String] {
        switch screens {
        case .library: ["library"]
        case .reader(_, let library): (library == nil ? [] : ["library"]) + ["reader"]
        case .composer(_, _, let library): (library == nil ? [] : ["library"]) + ["reader", "composer"]
        }
    }

    @Test func theComposerOpensOverTheReaderOverTheLibraryAndClosesBackDown() throws {
        var driver = Driver.library(try Fixture.shippedLibrary())
        #expect(Self.shape(driver.state.screens) == ["library"])
        driver.press(.enter)
        try driver.openRequestedArticle()
        #expect(Self.shape(driver.state.screens) == ["library", "reader"])
        driver.type("jjj")
        let scrolled = driver.topLine
        driver.press(.character("a"))
        #expect(Self.shape(driver.state.screens) == ["library", "reader", "composer"])
        #expect(driver.state.screen == .composer)
        driver.send(.composerPrepared(ComposerSetup(slug: Fixture.slug, defaultName: "Test Lezer")))
        driver.press(.escape)
        // The reader under the composer is where it was left.
        #expect(Self.shape(driver.state.screens) == ["library", "reader"])
        #expect(driver.topLine == scrolled)
        driver.press(.character("q"))
        #expect(Self.shape(driver.state.screens) == ["library"])
        #expect(driver.state.reader == nil)
        #expect(driver.state.composer == nil)
    }

    @Test func startedOnOneArticleThereIsNoLibraryUnderTheReader() throws {
        var driver = Driver.reader(try Fixture.thissen())
        #expect(Self.shape(driver.state.screens) == ["reader"])
        #expect(driver.state.library == nil)
        driver.press(.character("a"))
        #expect(Self.shape(driver.state.screens) == ["reader", "composer"])
    }

    /// A library, two readers (at the top and scrolled) and a composer, as the app makes them.
    struct States {
        var library: LibraryState
        var reader: ReaderState
        var scrolled: ReaderState
        var composer: ComposerState
    }

    static func states() throws -> States {
        var driver = Driver.library(try Fixture.shippedLibrary())
        let library = try #require(driver.state.library)
        driver.press(.enter)
        try driver.openRequestedArticle()
        let reader = try #require(driver.state.reader)
        driver.type("jjj")
        let scrolled = try #require(driver.state.reader)
        driver.press(.character("a"))
        let composer = try #require(driver.state.composer)
        #expect(reader.top == 0 && scrolled.top > 0)
        return States(library: library, reader: reader, scrolled: scrolled, composer: composer)
    }

    @Test("push opens over what is open; a composer needs a reader; a new article closes what was over the library")
    func push() throws {
        let s = try Self.states()
        var screens = Screens.library(s.library)
        let done1 = screens.push(s.composer)
        #expect(!done1)
        #expect(Self.shape(screens) == ["library"])
        screens.push(s.reader)
        #expect(Self.shape(screens) == ["library", "reader"])
        let done2 = screens.push(s.composer)
        #expect(done2)
        #expect(Self.shape(screens) == ["library", "reader", "composer"])
        screens.push(s.scrolled)
        #expect(Self.shape(screens) == ["library", "reader"])
        #expect(screens.reader?.top == s.scrolled.top)
        var alone = Screens.reader(s.reader, over: nil)
        alone.push(s.scrolled)
        #expect(Self.shape(alone) == ["reader"])
        #expect(alone.reader?.top == s.scrolled.top)
    }

    @Test("pop closes the top screen, never the library nor a reader with nothing under it")
    func pop() throws {
        let s = try Self.states()
        var screens = Screens.composer(s.composer, over: s.scrolled, library: s.library)
        let done3 = screens.pop()
        #expect(done3)
        #expect(Self.shape(screens) == ["library", "reader"])
        #expect(screens.reader?.top == s.scrolled.top)
        let done4 = screens.pop()
        #expect(done4)
        #expect(Self.shape(screens) == ["library"])
        let done5 = screens.pop()
        #expect(!done5)
        #expect(Self.shape(screens) == ["library"])
        var alone = Screens.composer(s.composer, over: s.reader, library: nil)
        let done6 = alone.pop()
        #expect(done6)
        let done7 = alone.pop()
        #expect(!done7)
        #expect(Self.shape(alone) == ["reader"])
    }

    @Test("replace changes an open screen where it lies and never opens one")
    func replace() throws {
        let s = try Self.states()
        var screens = Screens.composer(s.composer, over: s.reader, library: s.library)
        let done8 = screens.replace(s.scrolled)
        #expect(done8)
        #expect(Self.shape(screens) == ["library", "reader", "composer"])
        #expect(screens.reader?.top == s.scrolled.top)
        var library = Screens.library(s.library)
        let done9 = library.replace(s.reader)
        #expect(!done9)
        let done10 = library.replace(s.composer)
        #expect(!done10)
        #expect(Self.shape(library) == ["library"])
        var reading = Screens.reader(s.reader, over: nil)
        let done11 = reading.replace(s.library)
        #expect(!done11)
        let done12 = reading.replace(s.composer)
        #expect(!done12)
        #expect(Self.shape(reading) == ["reader"])
        let done13 = reading.replace(s.scrolled)
        #expect(done13)
        #expect(reading.reader?.top == s.scrolled.top)
    }
}
