import ParleyKit

/// Puts reactions files that git left unmerged back together from git's own
/// index stages (:1: base, :2: ours, :3: theirs): after a plain `git pull`
/// without the driver (conflict markers in the file), or a merge whose
/// driver could not run. Nothing typed on either side is lost.
enum Recovery {
    struct Unmerged {
        /// Library-relative names of reactions files, by stage (1, 2, 3) blob.
        var reactions: [String: [Int: String]] = [:]
        /// Every other unmerged path (relative to the library folder).
        var others: [String] = []
        var isEmpty: Bool { reactions.isEmpty && others.isEmpty }
    }

    /// The unmerged entries of the whole work tree.
    static func unmerged(_ git: Git) throws(SyncError) -> Unmerged {
        var result = Unmerged()
        for entry in try git.names(["ls-files", "-u", "-z", "--", ":/"]) {
            // "<mode> <blob> <stage>\t<path>"
            guard let tab = entry.firstIndex(of: "\t") else { continue }
            let fields = entry[..<tab].split(separator: " ")
            let path = String(entry[entry.index(after: tab)...])
            guard fields.count == 3, let stage = Int(fields[2]) else { continue }
            if ReactionLocks.slug(ofFile: path) != nil {
                result.reactions[path, default: [:]][stage] = String(fields[1])
            } else if !result.others.contains(path) {
                result.others.append(path)
            }
        }
        return result
    }

    /// Merges every unmerged reactions file from its stages, writes it under
    /// its lock (held by `locks`) and marks it resolved. Returns the names.
    /// Throws, writing nothing more, when a stage cannot be read.
    static func resolve(_ unmerged: Unmerged, git: Git, locks: ReactionLocks) throws(SyncError) -> [String] {
        var resolved: [String] = []
        for (name, stages) in unmerged.reactions.sorted(by: { $0.key < $1.key }) {
            guard let slug = ReactionLocks.slug(ofFile: name) else { continue }
            func blob(_ stage: Int) throws(SyncError) -> [UInt8] {
                guard let id = stages[stage] else { return [] }
                return try git.succeed(["cat-file", "blob", id]).bytes
            }
            let base = try blob(1), ours = try blob(2), theirs = try blob(3)
            let document: ReactionsDocument?
            do throws(ReactionsMergeError) {
                document = try ReactionsMerge.mergeDocuments(
                    base: base, ours: ours, theirs: theirs,
                    files: (name + " (base)", name + " (ours)", name + " (theirs)")
                )
            } catch {
                throw .cannotMerge(file: name, error)
            }
            guard let document else { continue }
            try locks.replace(slug: slug, with: document)
            try git.succeed(["add", "--", name])
            resolved.append(name)
        }
        return resolved
    }
}
