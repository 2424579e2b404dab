import ArgumentParser
import ParleyKit
import ParleyUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the keys in effect (the defaults with the config file's), as config lines.",
        discussion: "Copy a line into $XDG_CONFIG_HOME/parley/config and change its keys to rebind it. See docs/keys.md."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let ui = options.catalogue
            let settings = try ScreenSettings.load(ui: ui)
            Process.writeOut(KeyDocs.configText(settings.keys, ui: ui))
        }
    }
}
