import ArgumentParser

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read interviews in the terminal, and react to them.",
        discussion: "Without a subcommand, lists the library. See docs/usage.md.",
        subcommands: [
            ListCommand.self,
            ShowCommand.self,
            ReactionsCommand.self,
            ReactCommand.self,
            CheckCommand.self,
            ImportCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try ListCommand(options: options, json: false).run()
    }
}
