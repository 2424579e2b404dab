import ArgumentParser
import ParleyKit
import ParleySync
import ParleyUI

struct MergeReactionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-reactions",
        abstract: "git's merge driver for reactions files (set up by `parley sync` and `parley clone`).",
        discussion: "git runs `parley merge-reactions %O %A %B %P`: the merge of the three versions is written over %A. Exit status 1 leaves the file unmerged, as it was. See docs/sync.md."
    )

    @Argument(help: "The common ancestor's version (git's %O).")
    var base: String
    @Argument(help: "This side's version, overwritten with the merge (git's %A).")
    var ours: String
    @Argument(help: "The other side's version (git's %B).")
    var theirs: String
    @Argument(help: "The file's path in the repository (git's %P), for messages.")
    var pathname: String = "reactions file"

    func run() throws {
        do {
            try MergeDriver.run(base: base, ours: ours, theirs: theirs, pathname: pathname)
        } catch {
            let ui = GlobalSettings(library: nil, lang: nil).catalogue
            Process.writeError("parley merge-reactions: " + Sanitizer.sanitizeLine(ui.mergeDriverError(error)) + "\n")
            throw ExitCode(1)
        }
    }
}
