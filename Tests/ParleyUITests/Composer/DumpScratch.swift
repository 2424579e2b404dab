import Foundation
import ParleyKit
import ParleyUI
import Testing

struct DumpScratch {
    func literal(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    func dump(_ name: String, _ driver: Driver) {
        let grid = driver.grid
        var out = "=== \(name) cursor=\(String(describing: grid.cursor)) message=\(String(describing: driver.message))\n"
        for row in 0 ..< grid.height { out += "            \(literal(grid.text(row: row))),\n" }
        for row in 0 ..< grid.height { out += "            \(literal(StyleMap.row(grid, row))), // \(row)\n" }
        try! out.write(toFile: "/tmp/dump-\(name).txt", atomically: true, encoding: .utf8)
    }

    @Test func scratch() throws {
        var w = Driver.reader(try Fixture.thissen())
        w.openComposer()
        dump("empty", w)
        w.type("Zeker bij nieuwe taakstellingen is naar mijn overtuiging het kiezen voor en het hanteren van een regievorm bij uitvoeringstaken geen proces dat jaren in beslag zal nemen.")
        dump("wrapped", w)
        var d = Driver.reader(try Fixture.thissen(), width: 40, height: 12)
        d.openComposer()
        for n in 1...9 { d.type("regel \(n)"); if n < 9 { d.press(.enter) } }
        dump("scroll1", d)
        for _ in 0..<6 { d.press(.up) }
        dump("scroll2", d)

        var c = Driver.reader(try Fixture.thissen(), width: 30, height: 10)
        c.openComposer()
        c.type("中文字符和汉字 with 👍🏽 and 👨‍👩‍👧 and 🇳🇱 flag, café")
        dump("cjk", c)

        var e = Driver.reader(try Fixture.thissen())
        e.openComposer()
        e.type("   ")
        e.press(.control("d"))
        dump("error1", e)
        e.type("Eens.")
        e.press(.control("d"))
        let folder = "/srv/parley/articles"
        e.send(.postRefused(slug: Fixture.slug, error: .notWritable(file: folder + "/thissen-richt-je-op-regie.reactions.json", FileSystemError(path: folder + "/.thissen-richt-je-op-regie.reactions.lock", operation: "lock", code: 13))))
        dump("error2", e)

        var s = Driver.reader(try Fixture.thissen(), width: 30, height: 8)
        s.press(.character("r"), .character("]"), .character("R"))
        s.prepareComposer()
        s.type("Dat ben ik met je eens, en ook met de rest van het verhaal.")
        dump("small", s)

        var n = Driver.reader(try Fixture.thissen(), width: 40, height: 12, language: .dutch)
        n.openComposer(defaultName: nil)
        n.paste(String(repeating: "ab ", count: 3334))
        dump("dutch", n)
    }
}
