/// Why `parley sync` (or `parley clone`) stopped. Values only: the words are
/// in ParleyUI's `Catalogue` (both languages); the code that runs git is in
/// ParleySync. Whatever the case, nothing typed is lost: reactions not sent
/// stay committed or in the files, and a merge that failed was undone.
public enum SyncError: Error, Equatable, Sendable {
    /// The library folder is not there.
    case noSuchFolder(String)
    /// `git` could not be started (not installed, not on PATH): the errno.
    case gitNotStarted(code: Int32)
    /// The folder is not inside a git work tree.
    case notAWorkTree(folder: String)
    /// HEAD is not a branch (a detached HEAD), so there is nothing to push.
    case detachedHead
    /// The branch has no upstream to fetch from and push to.
    case noUpstream(branch: String)
    /// Another sync holds this clone's sync lock.
    case alreadyRunning(lockFile: String)
    /// The server wants a password or key that git may not ask for here.
    case authenticationNeeded(remote: String)
    /// A changed reactions file of the library does not parse; it is not committed.
    case unreadableReactions(ReactionsError)
    /// The merge of a reactions file failed (a side does not parse, or a newer
    /// parley wrote it). The merge was undone.
    case cannotMerge(file: String, ReactionsMergeError)
    /// Other files (articles) were changed on both sides; the merge was undone.
    case conflicts(paths: [String])
    /// A `git pull` or merge left files other than reactions files unmerged.
    case unmergedFiles(paths: [String])
    /// A rebase, cherry-pick or revert is under way in the clone.
    case operationInProgress(String)
    /// Someone pushed before us every time.
    case pushKeptFailing(attempts: Int)
    /// A reactions file's lock or write failed.
    case reactions(ReactionStoreError)
    /// git needs `user.name` and `user.email` to commit.
    case noIdentity
    /// `parley clone`: the server cannot be reached.
    case cannotReach(url: String)
    /// The destination of `parley clone` exists and is not empty.
    case destinationNotEmpty(String)
    /// A folder parley had to make (the parent of a clone) could not be made.
    case fileSystem(FileSystemError)
    /// No sync in this program (a screen started without the sync service).
    case unavailable
    /// Any other git failure: the command and git's own last error line.
    case git(command: String, message: String)
}

/// Why `parley merge-reactions` (git's merge driver) left the file to git
/// unmerged. The file git gave as "ours" is untouched in every case.
public enum MergeDriverError: Error, Equatable, Sendable {
    case cannotRead(FileSystemError)
    /// `file`: the path in the repository (git's %P).
    case cannotMerge(file: String, ReactionsMergeError)
    case cannotWrite(FileSystemError)
}
