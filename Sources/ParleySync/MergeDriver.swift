import ParleyKit

/// `parley merge-reactions %O %A %B %P`: git's merge driver for
/// `*.reactions.json`. Merges the three files git names (`ReactionsMerge`)
/// and writes the result over %A, whole, as git expects. When a side cannot
/// be read, %A is left as it was and the driver fails, so git reports the
/// file unmerged with all three versions in its index; `parley sync` then
/// says which file and what to do, and nothing is written broken.
public enum MergeDriver {
    public static func run(base: String, ours: String, theirs: String, pathname: String) throws(MergeDriverError) {
        func read(_ path: String) throws(MergeDriverError) -> [UInt8] {
            do {
                return try FileSystem.readFile(path)
            } catch {
                throw .cannotRead(error)
            }
        }
        let baseBytes = try read(base), oursBytes = try read(ours), theirsBytes = try read(theirs)
        let merged: [UInt8]?
        do throws(ReactionsMergeError) {
            merged = try ReactionsMerge.merge(
                base: baseBytes, ours: oursBytes, theirs: theirsBytes,
                files: (base: "\(pathname) (base)", ours: "\(pathname) (ours)", theirs: "\(pathname) (theirs)")
            )
        } catch {
            throw .cannotMerge(file: pathname, error)
        }
        guard let merged else { return }  // all three empty: so is the result
        do {
            try AtomicFile.write(merged, to: ours, permissions: .keepExisting)
        } catch {
            throw .cannotWrite(error)
        }
    }
}
