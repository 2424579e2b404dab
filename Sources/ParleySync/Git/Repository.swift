import ParleyKit

/// The git work tree a library folder lives in, and where its branch syncs to.
struct Repository {
    var git: Git
    /// The library folder.
    var folder: String
    /// `.git`, absolute.
    var gitDirectory: String
    var branch: String
    var remote: String
    /// The upstream branch's ref on the remote (`refs/heads/main`).
    var remoteRef: String

    /// `origin/main`, for messages.
    var upstreamName: String {
        remote + "/" + (remoteRef.hasPrefix("refs/heads/") ? String(remoteRef.dropFirst("refs/heads/".count)) : remoteRef)
    }

    /// The remote-tracking ref of the upstream, when the remote maps it the usual way.
    var trackingRef: String? {
        guard remoteRef.hasPrefix("refs/heads/"), remote != "." else { return nil }
        return "refs/remotes/\(remote)/" + remoteRef.dropFirst("refs/heads/".count)
    }

    /// Finds the work tree of `folder`: a clear error when there is none, when
    /// HEAD is not a branch, or when the branch has no upstream.
    static func open(folder: String, git base: Git) throws(SyncError) -> Repository {
        guard FileSystem.isDirectory(folder) else { throw .noSuchFolder(folder) }
        var git = base
        git.folder = folder
        let inside = try git.run(["rev-parse", "--is-inside-work-tree"])
        guard inside.succeeded, inside.text.hasPrefix("true") else { throw .notAWorkTree(folder: folder) }
        guard let gitDirectory = try git.value(["rev-parse", "--absolute-git-dir"]) else { throw .notAWorkTree(folder: folder) }
        if let shared = try git.value(["config", "core.sharedRepository"]), Self.isGroupShared(shared) {
            git.groupWritable = true
        }
        guard let branch = try git.value(["symbolic-ref", "-q", "--short", "HEAD"]) else { throw .detachedHead }
        guard let remote = try git.value(["config", "branch.\(branch).remote"]),
              let remoteRef = try git.value(["config", "branch.\(branch).merge"]) else {
            throw .noUpstream(branch: branch)
        }
        return Repository(git: git, folder: folder, gitDirectory: gitDirectory, branch: branch, remote: remote, remoteRef: remoteRef)
    }

    /// `core.sharedRepository` values that make files group-writable (git-config(1)).
    static func isGroupShared(_ value: String) -> Bool {
        switch value.lowercased() {
        case "group", "true", "1", "all", "world", "everybody", "2": return true
        default:
            // An octal mode such as 0660: shared when the group may write.
            guard value.hasPrefix("0"), let mode = Int(value, radix: 8) else { return false }
            return mode & 0o020 != 0
        }
    }

    // MARK: - Commits and files

    /// The commit HEAD names, nil on a branch with no commit yet.
    func head() throws(SyncError) -> String? {
        try git.value(["rev-parse", "-q", "--verify", "HEAD^{commit}"])
    }

    func isAncestor(_ commit: String, of other: String) throws(SyncError) -> Bool {
        try git.run(["merge-base", "--is-ancestor", commit, other]).succeeded
    }

    /// The library folder's file names at `commit` (top level only: a library is flat).
    func fileNames(at commit: String?) throws(SyncError) -> Set<String> {
        guard let commit else { return [] }
        let output = try git.run(["ls-tree", "--name-only", "-z", commit + ":./"])
        guard output.succeeded else { return [] }  // the folder is not in that commit
        return Set(output.text.split(separator: "\0").map(String.init))
    }

    /// A file's bytes at `commit` (`name` relative to the library folder), nil when not there.
    func file(_ name: String, at commit: String?) throws(SyncError) -> [UInt8]? {
        guard let commit else { return nil }
        let output = try git.run(["cat-file", "blob", "\(commit):./\(name)"])
        return output.succeeded ? output.bytes : nil
    }

    /// The reaction ids of `<slug>.reactions.json` at `commit` (none when it
    /// is not there or does not parse).
    func reactionIDs(slug: String, at commit: String?) throws(SyncError) -> Set<String> {
        let name = slug + Library.reactionsExtension
        guard let bytes = try file(name, at: commit),
              let document = try? ReactionsDocument.decode(bytes: bytes, file: name) else { return [] }
        return Set(document.reactions.map(\.id))
    }

    /// Library files that differ between two commits.
    func changedNames(from old: String?, to new: String?) throws(SyncError) -> [String] {
        guard let new else { return [] }
        guard let old else { return fileNames(atSorted: try fileNames(at: new)) }
        return try git.names(["diff", "--relative", "--no-renames", "--name-only", "-z", old, new, "--", "."])
            .filter { !$0.contains("/") }
    }

    private func fileNames(atSorted names: Set<String>) -> [String] { names.sorted() }
}
