import ParleyKit

/// `parley clone URL DIR`: `git clone`, then the merge driver set up in the
/// new clone (its config, `.gitattributes` and `.gitignore`; the next
/// `parley sync` commits the two files when the library lacked them).
public enum Clone {
    public static func run(url: String, destination: String, environment: [String: String], prompts: Bool, program: String) throws(SyncError) {
        if FileSystem.isDirectory(destination) {
            let names = (try? FileSystem.contentsOfDirectory(destination)) ?? []
            if !names.isEmpty { throw .destinationNotEmpty(destination) }
        } else if FileSystem.fileExists(destination) {
            throw .destinationNotEmpty(destination)
        }
        let parent = FileSystem.folder(of: destination)
        do {
            try FileSystem.createFolders(parent.isEmpty ? "." : parent, mode: 0o755)
        } catch {
            throw .fileSystem(error)
        }
        let git = Git(folder: parent.isEmpty ? "." : parent, inheritedEnvironment: environment, prompts: prompts)
        // "--": a URL that starts with "-" is a URL, not an option.
        let output = try git.run(["clone", "-q", "--", url, destination])
        if !output.succeeded {
            switch GitFailure(output.errorText) {
            case .authentication: throw .authenticationNeeded(remote: url)
            case .offline: throw .cannotReach(url: url)
            case .other: throw Git.failure(["clone"], output)
            }
        }
        var inClone = git
        inClone.folder = destination
        try DriverSetup.ensure(inClone, folder: destination, program: program)
    }
}
