import ParleyKit
import Testing

/// Lists in an article body. Before the fix, any list made the parser call
/// itself for ever on the item's own marker (a crash of `list`, `show`, `check`).
@Suite struct ArticleParserListTests {
    static func lead(_ body: String) throws -> [Block] {
        try ArticleParser(file: "test.md").parse(text: "---\ntitle: T\n---\n\n" + body, slug: "test").article.lead
    }

    @Test func aBulletListHasItsItemsWithoutTheirMarkers() throws {
        #expect(try Self.lead("- one\n- two\n") == [
            .list(ListBlock(ordered: false, start: 1, items: [[.paragraph([.text("one")])], [.paragraph([.text("two")])]])),
        ])
    }

    @Test func anOrderedListKeepsItsStartAndItsItems() throws {
        #expect(try Self.lead("3) three\n4) four\n") == [
            .list(ListBlock(ordered: true, start: 3, items: [[.paragraph([.text("three")])], [.paragraph([.text("four")])]])),
        ])
    }

    @Test func anItemGoesOnOnIndentedLinesAndCanHoldAList() throws {
        #expect(try Self.lead("10.  ten\n     more\n\n     * inner\n") == [
            .list(ListBlock(ordered: true, start: 10, items: [[
                .paragraph([.text("ten more")]),
                .list(ListBlock(ordered: false, start: 1, items: [[.paragraph([.text("inner")])]])),
            ]])),
        ])
    }
}
