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
}
