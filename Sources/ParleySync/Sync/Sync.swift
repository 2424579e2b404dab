import ParleyKit

/// `parley sync`: commit the library's changes, fetch the upstream, merge it
/// (reactions files with the driver, so they never conflict), push; again
/// when someone pushed meanwhile (docs/sync.md).
///
/// The reactions files' locks are held while git writes them (commit and
/// merge), never while git waits on the network (fetch and push), so a
/// reaction can be posted while a sync runs and is never lost. A lock in the
/// git folder keeps two syncs of one clone apart.
public struct Sync {
    public struct Options: Sendable {
        /// The library folder (the repository's root or a folder in it).
        public var folder: String
        /// parley's own environment; git gets a clean one made from it.
        public var environment: [String: String]
        /// Whether git and ssh may ask for a password (a terminal, not the UI).
        public var prompts: Bool
        /// This parley's absolute path, for the merge driver.
        public var program: String
        /// How often a refused push is fetched, merged and pushed again.
        public var attempts: Int

        public init(folder: String, environment: [String: String], prompts: Bool, program: String, attempts: Int = 5) {
            self.folder = folder
            self.environment = environment
            self.prompts = prompts
            self.program = program
            self.attempts = attempts
        }
    }

    let options: Options
    let repository: Repository
    var git: Git { repository.git }

    /// Per slug: the ids that came in, over every merge of this sync.
    private var received: [String: Set<String>] = [:]
    private var articlesAdded: Set<String> = []
    private var recovered: [String] = []

    /// Runs a whole sync. An unreachable server is not an error: the report
    /// says `.offline`, and what was committed waits for the next sync.
    public static func run(_ options: Options) throws(SyncError) -> SyncReport {
        var base = Git(folder: options.folder, inheritedEnvironment: options.environment, prompts: options.prompts)
        // Every merge this sync runs uses this parley as the driver, whatever the config says.
        base.settings = ["merge.\(DriverSetup.driverName).driver=\(DriverSetup.driverCommand(program: options.program))"]
        let repository = try Repository.open(folder: options.folder, git: base)
        let lockFile = FileSystem.join(repository.gitDirectory, "parley-sync.lock")
        let syncLock: FileLock
        do {
            syncLock = try FileLock(exclusive: lockFile, timeout: .zero)
        } catch {
            throw .alreadyRunning(lockFile: lockFile)
        }
        var sync = Sync(options: options, repository: repository)
        let report = try sync.run()
        _ = consume syncLock
        return report
    }

    private mutating func run() throws(SyncError) -> SyncReport {
        try DriverSetup.ensure(git, folder: repository.folder, program: options.program)
        try finishInterruptedMerge()
        // Committed first, so an unreachable server still leaves a commit.
        try withLocks(theirs: nil) { (_) throws(SyncError) in try commitLocalChanges() }

        for _ in 0..<max(1, options.attempts) {
            let theirs: String?
            switch try fetch() {
            case .offline: return try offlineReport()
            case .fetched(let commit): theirs = commit
            }
            try withLocks(theirs: theirs) { (locks) throws(SyncError) in
                try commitLocalChanges()
                try merge(theirs, locks: locks)
            }
            guard let head = try repository.head() else {
                return SyncReport(outcome: .synced, upstream: repository.upstreamName, articles: [], recovered: recovered)
            }
            if head == theirs { return try report(pushed: head, remoteHad: theirs) }
            switch try push() {
            case .pushed: return try report(pushed: head, remoteHad: theirs)
            case .refused: continue
            case .offline: return try offlineReport()
            }
        }
        throw .pushKeptFailing(attempts: options.attempts)
    }

    // MARK: - Locks

    /// Runs `body` holding the lock of every reactions file git may write:
    /// those here and those in `theirs`.
    private func withLocks(theirs: String?, _ body: (ReactionLocks) throws(SyncError) -> Void) throws(SyncError) {
        var slugs = Set<String>()
        let names: [String]
        do {
            names = try FileSystem.contentsOfDirectory(repository.folder)
        } catch {
            throw error.isNotFound ? .noSuchFolder(repository.folder) : .reactions(.writing(repository.folder, error))
        }
        for name in names { if let slug = ReactionLocks.slug(ofFile: name) { slugs.insert(slug) } }
        for name in try repository.fileNames(at: theirs) { if let slug = ReactionLocks.slug(ofFile: name) { slugs.insert(slug) } }
        for name in try Recovery.unmerged(git).reactions.keys { if let slug = ReactionLocks.slug(ofFile: name) { slugs.insert(slug) } }
        let locks = try ReactionLocks(folder: repository.folder, slugs: slugs)
        try body(locks)
    }

    // MARK: - Steps

    /// A merge left unfinished (a plain `git pull` that stopped on conflict
    /// markers): reactions files are put together from the index, then the
    /// merge is committed. Other unmerged files must be resolved by hand.
    private mutating func finishInterruptedMerge() throws(SyncError) {
        for (marker, name) in [("rebase-merge", "rebase"), ("rebase-apply", "rebase"), ("CHERRY_PICK_HEAD", "cherry-pick"), ("REVERT_HEAD", "revert")]
        where FileSystem.fileExists(FileSystem.join(repository.gitDirectory, marker)) {
            throw .operationInProgress(name)
        }
        let unmerged = try Recovery.unmerged(git)
        if !unmerged.isEmpty {
            guard unmerged.others.isEmpty else { throw .unmergedFiles(paths: unmerged.others) }
            try withLocks(theirs: nil) { (locks) throws(SyncError) in
                recovered += try Recovery.resolve(unmerged, git: git, locks: locks)
            }
        }
        if FileSystem.fileExists(FileSystem.join(repository.gitDirectory, "MERGE_HEAD")) {
            try git.succeed(["commit", "-q", "--no-verify", "--no-edit"])
        }
    }

    /// Commits what changed in the library folder, refusing a reactions file
    /// that does not parse (it would break every clone's merges).
    private func commitLocalChanges() throws(SyncError) {
        let head = try repository.head()
        var changed = try git.names(["ls-files", "-o", "--exclude-standard", "-z", "--", "."])
        let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        changed += try git.names(["diff", "--relative", "--no-renames", "--name-only", "-z", head ?? emptyTree, "--", "."])
        var newReactions: [(slug: String, count: Int)] = []
        var newArticles: [String] = []
        for name in Set(changed).sorted() where !name.contains("/") {
            let path = FileSystem.join(repository.folder, name)
            if let slug = ReactionLocks.slug(ofFile: name) {
                guard FileSystem.fileExists(path) else { continue }
                let document: ReactionsDocument
                switch ReactionStore(folder: repository.folder, slug: slug).read() {
                case .failed(let error): throw .unreadableReactions(error)
                case .none: continue
                case .loaded(let loaded): document = loaded
                }
                let before = try repository.reactionIDs(slug: slug, at: head)
                let count = document.reactions.filter { !before.contains($0.id) }.count
                if count > 0 { newReactions.append((slug, count)) }
            } else if name.hasSuffix(Library.articleExtension), FileSystem.fileExists(path), try repository.file(name, at: head) == nil {
                newArticles.append(String(name.dropLast(Library.articleExtension.count)))
            }
        }
        guard !changed.isEmpty else { return }
        try git.succeed(["add", "-A", "--", "."])
        let staged = try git.run(["diff", "--cached", "--quiet", "--", "."])
        guard !staged.succeeded else { return }
        try git.succeed(["commit", "-q", "--no-verify", "-m", Self.commitMessage(reactions: newReactions, articles: newArticles), "--", "."])
    }

    /// "parley: 2 reactions on thissen-richt-je-op-regie": git's history is
    /// shared by readers of both languages, so its messages are plain English.
    static func commitMessage(reactions: [(slug: String, count: Int)], articles: [String]) -> String {
        var parts = reactions.map { "\($0.count) reaction\($0.count == 1 ? "" : "s") on \($0.slug)" }
        parts += articles.map { "article \($0)" }
        return parts.isEmpty ? "parley: library changes" : "parley: " + parts.joined(separator: ", ")
    }

    private enum Fetched {
        case fetched(String?)
        case offline
    }

    /// The upstream's commit, nil when the upstream branch does not exist yet.
    private func fetch() throws(SyncError) -> Fetched {
        let output = try git.run(["fetch", "-q", "--no-tags", repository.remote, repository.remoteRef])
        if !output.succeeded {
            if output.errorText.contains("couldn't find remote ref") { return .fetched(nil) }
            switch GitFailure(output.errorText) {
            case .authentication: throw .authenticationNeeded(remote: repository.remote)
            case .offline: return .offline
            case .other: throw Git.failure(["fetch"], output)
            }
        }
        return .fetched(try git.value(["rev-parse", "-q", "--verify", "FETCH_HEAD^{commit}"]))
    }

    /// Merges `theirs` into HEAD; a reactions file the driver could not merge
    /// is merged from the index here; anything else undoes the merge.
    private mutating func merge(_ theirs: String?, locks: ReactionLocks) throws(SyncError) {
        guard let theirs else { return }
        let before = try repository.head()
        if let before, try repository.isAncestor(theirs, of: before) { return }
        let output: Git.Output
        if before == nil {
            output = try git.run(["merge", "-q", "--ff-only", theirs])
        } else {
            output = try git.run(["merge", "-q", "--no-edit", "--no-verify", "--allow-unrelated-histories", "-m", "parley: merge \(repository.upstreamName)", theirs])
        }
        if !output.succeeded {
            let unmerged = try Recovery.unmerged(git)
            guard !unmerged.isEmpty else {
                try abortMerge()
                throw Git.failure(["merge"], output)
            }
            guard unmerged.others.isEmpty else {
                try abortMerge()
                throw .conflicts(paths: unmerged.others)
            }
            do {
                recovered += try Recovery.resolve(unmerged, git: git, locks: locks)
            } catch {
                try abortMerge()
                throw error
            }
            try git.succeed(["commit", "-q", "--no-verify", "--no-edit"])
        }
        try countReceived(from: before, to: try repository.head())
    }

    private func abortMerge() throws(SyncError) {
        if FileSystem.fileExists(FileSystem.join(repository.gitDirectory, "MERGE_HEAD")) {
            _ = try git.run(["merge", "--abort"])
        }
    }

    private enum Pushed {
        case pushed, refused, offline
    }

    private func push() throws(SyncError) -> Pushed {
        let output = try git.run(["push", "-q", repository.remote, "HEAD:" + repository.remoteRef])
        if output.succeeded { return .pushed }
        let text = output.errorText
        if ["[rejected]", "fetch first", "non-fast-forward", "cannot lock ref", "failed to update ref"].contains(where: text.contains) {
            return .refused
        }
        switch GitFailure(text) {
        case .authentication: throw .authenticationNeeded(remote: repository.remote)
        case .offline: return .offline
        case .other: throw Git.failure(["push"], output)
        }
    }

    // MARK: - What happened

    private mutating func countReceived(from before: String?, to after: String?) throws(SyncError) {
        for name in try repository.changedNames(from: before, to: after) {
            if let slug = ReactionLocks.slug(ofFile: name) {
                let old = try repository.reactionIDs(slug: slug, at: before)
                let new = try repository.reactionIDs(slug: slug, at: after).subtracting(old)
                if !new.isEmpty { received[slug, default: []].formUnion(new) }
            } else if name.hasSuffix(Library.articleExtension), try repository.file(name, at: before) == nil {
                articlesAdded.insert(String(name.dropLast(Library.articleExtension.count)))
            }
        }
    }

    /// Sent: what `pushed` has that the remote did not.
    private func report(pushed: String, remoteHad: String?) throws(SyncError) -> SyncReport {
        let sent = try differences(from: remoteHad, to: pushed)
        var articles: [String: SyncReport.Article] = [:]
        for (slug, ids) in received { articles[slug, default: .init(slug: slug)].received = ids.count }
        for slug in articlesAdded { articles[slug, default: .init(slug: slug)].added = true }
        for (slug, count) in sent.reactions { articles[slug, default: .init(slug: slug)].sent = count }
        for slug in sent.articles { articles[slug, default: .init(slug: slug)].published = true }
        return SyncReport(outcome: .synced, upstream: repository.upstreamName, articles: Array(articles.values), recovered: recovered)
    }

    /// Offline: what HEAD has that the last known upstream did not.
    private func offlineReport() throws(SyncError) -> SyncReport {
        let known = try repository.trackingRef.flatMap { (ref) throws(SyncError) in try git.value(["rev-parse", "-q", "--verify", ref + "^{commit}"]) }
        var articles: [SyncReport.Article] = []
        if let head = try repository.head() {
            let waiting = try differences(from: known, to: head)
            articles = waiting.reactions.map { SyncReport.Article(slug: $0.key, sent: $0.value) }
                + waiting.articles.map { SyncReport.Article(slug: $0, published: true) }
        }
        return SyncReport(outcome: .offline, upstream: repository.upstreamName, articles: articles, recovered: recovered)
    }

    private func differences(from old: String?, to new: String) throws(SyncError) -> (reactions: [String: Int], articles: [String]) {
        var reactions: [String: Int] = [:]
        var articles: [String] = []
        for name in try repository.changedNames(from: old, to: new) {
            if let slug = ReactionLocks.slug(ofFile: name) {
                let count = try repository.reactionIDs(slug: slug, at: new).subtracting(repository.reactionIDs(slug: slug, at: old)).count
                if count > 0 { reactions[slug] = count }
            } else if name.hasSuffix(Library.articleExtension), try repository.file(name, at: old) == nil, try repository.file(name, at: new) != nil {
                articles.append(String(name.dropLast(Library.articleExtension.count)))
            }
        }
        return (reactions, articles)
    }
}
