import ArgumentParser
import ParleyKit
import ParleySync
import ParleyUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct CloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: "Copy a library from a git server onto this machine, ready for `parley sync`.",
        discussion: "DIR defaults to the default library folder ($XDG_DATA_HOME/parley/articles), which plain `parley` opens. See docs/sync.md."
    )

    @Option(name: .long, help: ArgumentHelp("The language of parley's own messages: en or nl.", valueName: "lang"))
    var lang: String?

    @Argument(help: "The repository, as git takes it (ssh://server/srv/interviews.git, server:interviews.git, a path).")
    var url: String

    @Argument(help: "The folder to clone into (default: the default library folder).")
    var dir: String?

    func validate() throws {
        if let lang, Language(tag: lang) == nil {
            throw ValidationError("--lang must be en or nl, not '\(lang)'")
        }
    }

    func run() throws {
        let ui = GlobalSettings(library: nil, lang: lang).catalogue
        let environment = Process.environment
        let defaultFolder = LibraryLocation.defaultFolder(environment: environment)
        var destination = dir ?? defaultFolder
        if !destination.hasPrefix("/") { destination = FileSystem.join(Process.currentDirectory, destination) }
        do {
            try Clone.run(
                url: url, destination: destination, environment: environment,
                prompts: Process.standardInputIsTerminal && Process.isTerminal(STDERR_FILENO),
                program: Process.executablePath
            )
        } catch {
            Process.writeError("parley: " + Sanitizer.sanitizeLine(ui.syncError(error)) + "\n")
            throw ExitCode(1)
        }
        // Would plain `parley`, started here, open it?
        let opened = LibraryLocation.resolve(option: nil, environment: environment, currentDirectory: Process.currentDirectory).path
        Process.writeOut(Sanitizer.sanitizeLine(ui.cloneDone(destination, isDefault: opened == destination)) + "\n")
    }
}
